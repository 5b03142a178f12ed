CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE users (id int PRIMARY KEY, email citext NOT NULL, alias text, flag text);
INSERT INTO users VALUES (1, 'Ann@Example.com', 'ann@example.com', NULL), (2, 'bob@example.com', 'BOB@example.com', NULL), (3, 'Carol@Example.COM', 'Carol@Example.COM', NULL), (4, 'dave@example.com', NULL, NULL);
