INSERT INTO settings (key, value) VALUES ('theme', 'dark'), ('tz', 'UTC') ON CONFLICT DO NOTHING;
INSERT INTO settings (key, value) VALUES ('lang', 'de') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated = settings.updated + 1;
INSERT INTO settings (key, value) VALUES ('x', 'y'), ('x', 'z') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
