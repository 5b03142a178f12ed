CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE user_settings (user_id integer NOT NULL REFERENCES users(id), key text NOT NULL, value text, enabled boolean NOT NULL);
INSERT INTO users VALUES (1, 'ada'), (2, 'bob'), (3, 'cy');
INSERT INTO user_settings VALUES (1, 'theme', 'dark', true), (1, 'lang', 'en', true), (1, 'beta', NULL, false), (2, 'theme', 'light', true), (2, 'digest', 'weekly', false);
