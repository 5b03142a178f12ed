CREATE TABLE t (id integer PRIMARY KEY, g integer, v integer);
INSERT INTO t VALUES (1, 1, 10), (2, 1, 20), (3, 2, 30), (4, 2, 40), (5, 2, 50), (6, 3, 60), (7, 4, 70);
CREATE TABLE framed (id integer, moving bigint, ahead bigint, by_groups bigint, rest bigint, tail bigint, empty_frame bigint);
