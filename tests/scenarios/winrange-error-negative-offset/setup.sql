CREATE TABLE t (id integer PRIMARY KEY, v integer);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 25);
