CREATE TABLE latest_order (customer_id integer, order_id integer);
INSERT INTO latest_order SELECT DISTINCT ON (customer_id) customer_id, id FROM orders ORDER BY placed_at DESC;
