CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, status text);
INSERT INTO users VALUES (1, 'a@x.io', 'new'), (2, 'b@x.io', 'new'), (3, 'A@x.io', 'new');
