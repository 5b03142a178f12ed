DELETE FROM events WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY account ORDER BY seen_at DESC) AS rn FROM events) AS s WHERE rn > 1);
