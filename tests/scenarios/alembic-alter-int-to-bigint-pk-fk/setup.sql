CREATE TABLE authors (id serial PRIMARY KEY, name text);
CREATE TABLE books (id serial PRIMARY KEY, author_id integer REFERENCES authors (id));
INSERT INTO authors (name) VALUES ('a'), ('b');
INSERT INTO books (author_id) VALUES (1), (2), (NULL);
