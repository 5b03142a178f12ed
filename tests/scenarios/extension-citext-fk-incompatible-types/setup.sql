CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (username citext PRIMARY KEY, code char(4) UNIQUE, handle text UNIQUE);
CREATE TABLE roles (id int PRIMARY KEY, user_name text, code citext, handle citext);
