CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO products VALUES (1, 'Big Red  Lamp!'), (2, 'small chair'), (3, '  Desk ');
