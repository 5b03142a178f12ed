CREATE TABLE build_new (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO build_new (name) VALUES ('a'), ('b');
CREATE TABLE taken (id integer);
