CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (username citext PRIMARY KEY);
CREATE TABLE journals (id int PRIMARY KEY, submitted_by citext);
INSERT INTO accounts VALUES ('Alice'), ('bob');
INSERT INTO journals VALUES (1, 'alice'), (2, 'Bob'), (3, 'Mallory'), (4, 'BOB');
