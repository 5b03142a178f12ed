CREATE TABLE posts (id serial PRIMARY KEY, author text NOT NULL, body text, status text NOT NULL DEFAULT 'draft');
INSERT INTO posts (author, body, status) VALUES ('ann', 'hello', 'published'), ('bob', 'old', 'draft'), ('cy', NULL, 'draft'), ('ann', 'again', 'published');
CREATE TABLE archived_posts (id integer PRIMARY KEY, author text, body text, archived boolean NOT NULL DEFAULT true);
