CREATE TABLE users (id int PRIMARY KEY, name text);
INSERT INTO users VALUES (1, 'a'), (2, 'b');
