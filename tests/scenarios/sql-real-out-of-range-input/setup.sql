CREATE TABLE m (id integer PRIMARY KEY, r real, d double precision); INSERT INTO m VALUES (1, 0, 0);
