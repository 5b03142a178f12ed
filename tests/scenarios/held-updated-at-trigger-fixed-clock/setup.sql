CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00+00');
INSERT INTO settings (key, value) VALUES ('theme', 'light'), ('lang', 'en'), ('tz', 'UTC');
