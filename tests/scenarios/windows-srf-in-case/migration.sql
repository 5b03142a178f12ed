INSERT INTO t SELECT CASE WHEN id > 0 THEN generate_series(1, 2) END FROM t;
