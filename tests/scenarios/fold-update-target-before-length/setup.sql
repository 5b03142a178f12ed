CREATE TABLE t (id int, v varchar(3));
INSERT INTO t VALUES (1, 'ab');
