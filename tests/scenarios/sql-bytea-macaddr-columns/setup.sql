CREATE TABLE files (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO files (name) VALUES ('a'), ('b');
