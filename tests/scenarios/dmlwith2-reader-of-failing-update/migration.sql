WITH w AS (UPDATE t SET a = 10 / (a - 2) RETURNING a) SELECT count(*) FROM w;
