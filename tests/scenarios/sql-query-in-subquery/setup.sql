CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text);
INSERT INTO users (name, email) VALUES ('admin', 'admin@example.com'), ('ann', 'ann@example.com'), ('bob', NULL);
CREATE TABLE projects (id serial PRIMARY KEY, title text NOT NULL, owner_id integer REFERENCES users (id));
INSERT INTO projects (title, owner_id) VALUES ('alpha', 2), ('beta', NULL), ('gamma', NULL);
CREATE TABLE posts (id serial PRIMARY KEY, user_id integer, body text, status text NOT NULL DEFAULT 'draft');
INSERT INTO posts (user_id, body, status) VALUES (2, 'hello', 'submitted'), (2, 'again', 'draft'), (3, 'hi', 'submitted'), (NULL, 'anon', 'submitted'), (9, 'orphan', 'draft');
