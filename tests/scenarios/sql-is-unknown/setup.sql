CREATE TABLE flags (id integer PRIMARY KEY, p boolean, q boolean);
INSERT INTO flags VALUES (1, true, NULL), (2, false, NULL), (3, NULL, true);
