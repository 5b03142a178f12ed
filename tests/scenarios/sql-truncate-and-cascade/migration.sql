TRUNCATE orders;
INSERT INTO orders (customer_id) VALUES (1);
TRUNCATE customers;
