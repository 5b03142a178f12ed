CREATE TABLE t (id integer PRIMARY KEY, v integer);
CREATE TABLE out (id integer, x integer);
INSERT INTO t VALUES (1, 1), (2, 2);
