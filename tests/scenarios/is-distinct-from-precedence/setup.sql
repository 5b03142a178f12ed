CREATE TABLE t (id int primary key, a int, b int);
INSERT INTO t VALUES (1, 1, 2), (2, NULL, 3), (3, 4, 4);
