DELETE FROM t WHERE id IN (SELECT id FROM t WHERE generate_series(1, 2) > id);
