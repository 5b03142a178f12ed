CREATE TABLE latest_order (customer_id integer, order_id integer, placed_at timestamp);
INSERT INTO latest_order
SELECT DISTINCT ON (customer_id) customer_id, id, placed_at
FROM orders
ORDER BY customer_id, placed_at DESC;
CREATE TABLE regions (region text);
INSERT INTO regions SELECT DISTINCT region FROM customers ORDER BY region NULLS FIRST;
