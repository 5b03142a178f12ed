CREATE TABLE orders (id serial PRIMARY KEY, customer_ref text NOT NULL, customer_id integer);
INSERT INTO orders (customer_ref, customer_id) VALUES ('17', NULL), ('23', NULL);
