CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (username citext PRIMARY KEY);
CREATE TABLE roles (id int PRIMARY KEY, user_name citext REFERENCES accounts ON UPDATE RESTRICT);
INSERT INTO accounts VALUES ('Alice'), ('bob');
INSERT INTO roles VALUES (1, 'alice');
