SELECT pg_column_size(123456::bigint);
UPDATE t SET status = translate(status, 'o', '0');
SELECT to_tsvector('simple', status) FROM t;
