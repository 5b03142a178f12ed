CREATE TABLE users (id int PRIMARY KEY, email text, code varchar(10));
INSERT INTO users VALUES (1, 'ada@example.com', 'AB12'), (2, 'grace@example.org', 'cd34'), (3, 'not-an-email', NULL);
