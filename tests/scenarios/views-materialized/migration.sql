CREATE MATERIALIZED VIEW paid_totals AS SELECT customer_id, sum(amount) AS total FROM orders WHERE status = 'paid' GROUP BY customer_id WITH DATA;
INSERT INTO orders (customer_id, amount, status) VALUES (3, 1, 'paid');
REFRESH MATERIALIZED VIEW paid_totals;
CREATE MATERIALIZED VIEW empty_totals AS SELECT customer_id FROM orders WITH NO DATA;
REFRESH MATERIALIZED VIEW empty_totals;
CREATE TABLE copy_totals (x bigint);
INSERT INTO copy_totals SELECT count(*) FROM paid_totals;
