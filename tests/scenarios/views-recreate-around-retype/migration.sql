DROP VIEW order_totals;
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);
CREATE VIEW order_totals AS SELECT c.name, count(o.id) AS orders, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.name;
