CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO users (name) VALUES ('ada'), ('a very long display name indeed, longer than fifty characters');
