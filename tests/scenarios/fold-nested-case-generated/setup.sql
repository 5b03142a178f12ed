CREATE TABLE t (a int);
INSERT INTO t VALUES (-2), (0), (3);
