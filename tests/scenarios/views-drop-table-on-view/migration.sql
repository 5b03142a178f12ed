DROP TABLE order_totals;
