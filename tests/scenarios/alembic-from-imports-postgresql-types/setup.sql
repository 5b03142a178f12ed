CREATE TABLE users (id serial PRIMARY KEY, email text);
INSERT INTO users (email) VALUES ('a@x'), ('b@x');
