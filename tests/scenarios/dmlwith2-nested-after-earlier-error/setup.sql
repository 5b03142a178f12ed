CREATE TABLE posts (id serial PRIMARY KEY, author text NOT NULL, body text);
INSERT INTO posts (author, body) VALUES ('ann', 'hello'), ('bob', 'old');
CREATE TABLE archived_posts (id integer PRIMARY KEY, author text);
