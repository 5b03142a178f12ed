CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (username citext PRIMARY KEY, joined date NOT NULL);
CREATE TABLE roles (id int PRIMARY KEY, user_name citext, role text NOT NULL);
INSERT INTO accounts VALUES ('Alice', '2020-01-01'), ('bob', '2021-06-30');
INSERT INTO roles VALUES (1, 'alice', 'Owner'), (2, 'BOB', 'Maintainer'), (3, 'ALICE', 'Maintainer'), (4, NULL, 'Owner');
