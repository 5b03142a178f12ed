INSERT INTO numbered SELECT id, row_number() OVER (ORDER BY a) FROM t;
