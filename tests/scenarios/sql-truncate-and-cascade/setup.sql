CREATE TABLE customers (id serial PRIMARY KEY, name text);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer REFERENCES customers);
INSERT INTO customers (name) VALUES ('a'), ('b');
INSERT INTO orders (customer_id) VALUES (1), (2);
