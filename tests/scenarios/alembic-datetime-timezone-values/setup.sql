CREATE TABLE jobs (id serial PRIMARY KEY, name text);
INSERT INTO jobs (name) VALUES ('a'), ('b'), ('c');
