CREATE TABLE t (id integer PRIMARY KEY, v integer);
CREATE TABLE out (id integer, x bigint);
INSERT INTO t VALUES (1, 1);
