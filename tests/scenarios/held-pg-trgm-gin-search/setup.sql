CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, sku varchar(20) NOT NULL);
INSERT INTO products VALUES (1, 'Blue lamp', 'L-1'), (2, 'Desk lamp', 'L-2'), (3, 'Chair', 'C-1');
