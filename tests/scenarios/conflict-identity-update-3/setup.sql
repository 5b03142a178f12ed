CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, x text, y int); INSERT INTO t(x, y) VALUES ('a', 1);
