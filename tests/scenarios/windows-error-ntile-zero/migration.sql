INSERT INTO out SELECT id, ntile(v - 1) OVER (ORDER BY id) FROM t;
