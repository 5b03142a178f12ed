INSERT INTO t VALUES (3, 0) RETURNING t.*, 'x' || a AS label;
UPDATE t SET a = s.b FROM s WHERE s.id = t.id RETURNING t.a, s.b;
DELETE FROM t WHERE a = 0 RETURNING id;
UPDATE t SET a = 1 RETURNING sum(a);
