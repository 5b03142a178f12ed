CREATE TABLE users (id int PRIMARY KEY, name text, active boolean);
INSERT INTO users VALUES (1, 'ada', NULL), (2, 'bob', true);
