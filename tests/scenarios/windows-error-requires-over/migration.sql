INSERT INTO out SELECT id, row_number() FROM t;
