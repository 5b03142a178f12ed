CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (username citext PRIMARY KEY);
CREATE TABLE roles (id int PRIMARY KEY, user_name citext REFERENCES accounts ON UPDATE CASCADE ON DELETE CASCADE);
CREATE TABLE notes (id int PRIMARY KEY, author citext REFERENCES accounts);
INSERT INTO accounts VALUES ('Alice'), ('bob');
INSERT INTO roles VALUES (1, 'alice'), (2, 'ALICE'), (3, 'Bob');
INSERT INTO notes VALUES (1, 'aLiCe'), (2, 'BOB');
