CREATE TABLE t (id integer, a integer, b integer);
INSERT INTO t SELECT g, g % 3, (g * 7) % 5 FROM generate_series(1, 30) g;
CREATE TABLE numbered (id integer, n bigint);
