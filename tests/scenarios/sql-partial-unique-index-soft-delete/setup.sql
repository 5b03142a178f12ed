CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, deleted boolean NOT NULL DEFAULT false);
INSERT INTO users VALUES (1, 'a@x', true), (2, 'a@x', false), (3, 'b@x', false);
