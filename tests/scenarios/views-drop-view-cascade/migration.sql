DROP VIEW order_totals CASCADE;
DROP VIEW IF EXISTS top_totals;
