CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL, hits integer NOT NULL DEFAULT 0);
INSERT INTO settings VALUES ('theme', 'light', 0), ('lang', 'en', 0), ('tz', 'UTC', 5);
