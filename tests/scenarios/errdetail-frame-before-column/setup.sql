CREATE TABLE accounts (id int PRIMARY KEY, amount int);
INSERT INTO accounts VALUES (1, 10), (2, 20);
