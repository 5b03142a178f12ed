CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text, manager_id integer);
INSERT INTO users (name, email, manager_id) VALUES ('admin', 'admin@example.com', NULL), ('ann', 'ann@example.com', 1), ('bob', NULL, 2), ('cy', 'cy@example.com', 2);
CREATE TABLE projects (id serial PRIMARY KEY, title text NOT NULL, owner_id integer);
INSERT INTO projects (title, owner_id) VALUES ('alpha', 2), ('beta', NULL), ('gamma', 9), ('delta', 2);
CREATE TABLE posts (id serial PRIMARY KEY, user_id integer, body text, status text NOT NULL DEFAULT 'draft');
INSERT INTO posts (user_id, body, status) VALUES (2, 'hello', 'submitted'), (2, 'again', 'draft'), (3, 'hi', 'submitted'), (NULL, 'anon', 'submitted'), (9, 'orphan', 'draft');
