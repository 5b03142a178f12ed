CREATE TABLE x (id integer);
INSERT INTO x SELECT id FROM customers JOIN orders ON orders.customer_id = customers.id;
