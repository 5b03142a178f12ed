CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE users (id int PRIMARY KEY, username citext NOT NULL);
INSERT INTO users VALUES (1, 'Ann'), (2, 'bob'), (3, 'CAROL-'), (4, 'dave_x');
