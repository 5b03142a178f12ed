CREATE TABLE products (id serial PRIMARY KEY, name text, price numeric(10,2), status text);
INSERT INTO products (name, price, status) VALUES ('a', 10, NULL), ('b', 0, 'old'), ('c', 5, 'new');
