DROP VIEW recent_orders CASCADE;
ALTER TABLE orders DROP COLUMN legacy_code;
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);
CREATE VIEW recent_orders AS SELECT id, customer, amount FROM orders WHERE placed_on >= '2026-01-04';
CREATE VIEW big_recent AS SELECT customer, sum(amount) AS total FROM recent_orders GROUP BY customer HAVING sum(amount) > 50;
INSERT INTO orders (customer, amount, placed_on) VALUES ('Linus', 123456.78, '2026-03-01');
