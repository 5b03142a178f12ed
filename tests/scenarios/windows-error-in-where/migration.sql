DELETE FROM t WHERE id IN (SELECT id FROM t WHERE row_number() OVER (ORDER BY id) > 1);
