CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE);
INSERT INTO users VALUES (1, 'a@x');
