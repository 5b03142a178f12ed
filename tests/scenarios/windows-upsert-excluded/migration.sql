INSERT INTO settings AS s (key, value) VALUES ('theme', 'dark'), ('lang', 'en'), ('font', 'mono') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, hits = s.hits + 1 WHERE s.value IS DISTINCT FROM EXCLUDED.value;
INSERT INTO settings (key, value) SELECT key, upper(value) FROM settings WHERE hits > 0 ON CONFLICT (key) DO UPDATE SET value = excluded.value || '!', hits = settings.hits * 10;
