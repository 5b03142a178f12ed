CREATE TABLE x (n integer);
INSERT INTO x SELECT customer_id FROM orders GROUP BY 2;
