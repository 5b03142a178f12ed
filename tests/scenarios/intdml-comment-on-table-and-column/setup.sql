CREATE TABLE t (id int PRIMARY KEY, a int, b int);
COMMENT ON COLUMN t.b IS 'will go';
