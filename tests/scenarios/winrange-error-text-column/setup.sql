CREATE TABLE t (id integer PRIMARY KEY, name text);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
CREATE TABLE near (id integer, c bigint);
