CREATE TABLE first_order (customer_id integer, name text, order_id integer, amount numeric);
INSERT INTO first_order
SELECT DISTINCT ON (c.id) c.id, c.name, o.id, o.amount
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.amount IS NOT NULL
ORDER BY c.id, o.placed_at;
