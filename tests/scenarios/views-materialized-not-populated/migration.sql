CREATE MATERIALIZED VIEW paid_totals AS SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id WITH NO DATA;
SELECT * FROM paid_totals;
