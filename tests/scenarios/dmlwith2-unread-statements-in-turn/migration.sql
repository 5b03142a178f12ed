WITH f AS (UPDATE t SET b = (a / 0)::text), s AS (DELETE FROM t WHERE ('x' || a)::int = 1) SELECT 1;
