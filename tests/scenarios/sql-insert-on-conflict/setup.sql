CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL, updated integer NOT NULL DEFAULT 0);
INSERT INTO settings VALUES ('theme', 'light', 0), ('lang', 'en', 0);
