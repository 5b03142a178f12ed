INSERT INTO accounts (id, total) VALUES (1, 5) ON CONFLICT (total) DO UPDATE SET seen_at = EXCLUDED.seen_at WHERE seen_at IS NULL;
