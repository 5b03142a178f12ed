DROP VIEW IF EXISTS missing_view;
DROP VIEW order_totals;
