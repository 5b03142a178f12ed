CREATE TABLE orders (id int PRIMARY KEY, ref text);
INSERT INTO orders VALUES (1, 'INV-2024-0001'), (2, 'INV-2024-0002');
