CREATE TABLE items (id integer PRIMARY KEY, price varchar(8), label text);
INSERT INTO items VALUES (1, ' 6 ', NULL), (2, 'abc', NULL);
