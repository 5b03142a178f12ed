SELECT id, total FROM orders WHERE customer_id = 1; -- every 10ms, takes 2ms
INSERT INTO orders (customer_id, total) VALUES (2, 3.50); -- every 50ms, takes 3ms
SELECT customer_id, sum(total) FROM orders GROUP BY customer_id; -- already running for 30s
