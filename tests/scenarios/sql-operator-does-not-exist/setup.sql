CREATE TABLE orders (id serial PRIMARY KEY, customer_ref text NOT NULL, total numeric(10, 2));
INSERT INTO orders (customer_ref, total) VALUES ('17', 10.00), ('23', 20.00);
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO customers VALUES (17, 'Acme Corp'), (23, 'Globex');
