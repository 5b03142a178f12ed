CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, name text);
INSERT INTO users VALUES (1, 'a@x', 'A'), (2, 'b@x', 'B');
