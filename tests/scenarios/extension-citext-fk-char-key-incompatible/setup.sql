CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (username citext PRIMARY KEY, code char(4) UNIQUE);
CREATE TABLE roles (id int PRIMARY KEY, code citext);
