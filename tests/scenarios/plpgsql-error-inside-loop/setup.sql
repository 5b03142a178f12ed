CREATE TABLE products (id int PRIMARY KEY, sku text, price int);
INSERT INTO products VALUES (1, 'A-1', 10), (2, 'B-2', NULL), (3, 'C-3', 30);
