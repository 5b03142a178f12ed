CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, legacy_name text, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users AS SELECT id, email, legacy_name AS display_name FROM users WHERE active;
CREATE VIEW user_emails AS SELECT u.email FROM users u;
INSERT INTO users (email, legacy_name, active) VALUES ('ada@example.com', 'Ada', true), ('bob@example.com', NULL, false);
