CREATE TABLE items (id int PRIMARY KEY, sku text, title text);
INSERT INTO items VALUES (1, 'A-1', 'First'), (2, 'B-2', 'Second'), (3, NULL, 'Third');
