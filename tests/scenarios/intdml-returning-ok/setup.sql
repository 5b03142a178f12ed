CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE TABLE s (id int, b int);
INSERT INTO t VALUES (1, 10), (2, 0);
INSERT INTO s VALUES (1, 5);
