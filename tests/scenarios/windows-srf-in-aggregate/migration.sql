INSERT INTO t SELECT sum(generate_series(1, id)) FROM t;
