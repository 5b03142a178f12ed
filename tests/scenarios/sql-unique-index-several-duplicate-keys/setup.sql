CREATE TABLE users (id integer PRIMARY KEY, email text);
INSERT INTO users VALUES (1, 'b@x'), (2, 'b@x'), (3, 'a@x'), (4, 'a@x'), (5, 'c@x');
