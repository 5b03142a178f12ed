CREATE TABLE customer_totals (customer_id integer PRIMARY KEY, name text NOT NULL, orders bigint NOT NULL, total numeric NOT NULL);
INSERT INTO customer_totals
SELECT c.id, c.name, count(o.id), coalesce(sum(o.amount), 0)
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id
ORDER BY c.id;
