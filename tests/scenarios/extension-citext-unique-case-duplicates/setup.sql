CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE users (id int PRIMARY KEY, email citext NOT NULL);
INSERT INTO users VALUES (1, 'Ann@Example.com'), (2, 'bob@example.com'), (3, 'ann@example.COM');
