CREATE TABLE products (id serial PRIMARY KEY, price numeric(10, 2), qty integer);
INSERT INTO products (price, qty) VALUES (10.00, 1), (0.50, 0), (NULL, 3);
