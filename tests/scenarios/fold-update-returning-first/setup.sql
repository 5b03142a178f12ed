CREATE TABLE t (id int, n int);
INSERT INTO t VALUES (1, 2);
