INSERT INTO out SELECT id, sum(row_number() OVER (ORDER BY id)) OVER () FROM t;
