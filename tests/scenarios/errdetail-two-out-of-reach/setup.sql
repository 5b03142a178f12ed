CREATE TABLE accounts (id int PRIMARY KEY, code text);
CREATE TABLE events (id int, account_id int);
INSERT INTO accounts VALUES (1, 'a');
INSERT INTO events VALUES (1, 1);
