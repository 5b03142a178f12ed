CREATE TABLE products (id int PRIMARY KEY, sku varchar(20) NOT NULL, name text, label char(4), doc jsonb);
INSERT INTO products VALUES (1, 'A-1', 'Apple', 'ap', '{"a": 1}'), (2, 'B-2', 'apple', 'bp', '{"b": [1, 2]}'), (3, 'C-3', NULL, NULL, NULL);
