CREATE TABLE orders (id serial PRIMARY KEY, customer_ref text NOT NULL, total numeric(10, 2));
INSERT INTO orders (customer_ref, total) VALUES ('17', 10.00), ('23', 20.00);
