CREATE TABLE products (id int PRIMARY KEY, name text);
INSERT INTO products VALUES (1, 'Apple');
