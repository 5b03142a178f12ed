CREATE TABLE measures (id integer PRIMARY KEY, d double precision, r real);
INSERT INTO measures VALUES (1, 0, 0), (2, 0, 0), (3, 0, 0), (4, 0, 0), (5, 0, 0), (6, 0, 0);
