CREATE TABLE t (id int PRIMARY KEY, status text);
INSERT INTO t VALUES (1, 'open'), (2, 'closed');
