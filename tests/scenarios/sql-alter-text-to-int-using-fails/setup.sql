CREATE TABLE items (id integer PRIMARY KEY, qty text);
INSERT INTO items VALUES (1, '10'), (2, ' 20 '), (3, '3.5'), (4, NULL);
