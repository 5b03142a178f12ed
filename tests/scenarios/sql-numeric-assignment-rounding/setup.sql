CREATE TABLE amounts (id integer PRIMARY KEY, n numeric(6, 2), i integer, s smallint, b bigint);
INSERT INTO amounts VALUES (1, 0, 0, 0, 0), (2, 0, 0, 0, 0), (3, 0, 0, 0, 0);
