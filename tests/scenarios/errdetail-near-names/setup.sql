CREATE TABLE accounts (id int PRIMARY KEY, code text, note text);
CREATE TABLE events (id int, code text, note text);
INSERT INTO accounts VALUES (1, 'a', 'x');
INSERT INTO events VALUES (1, 'a', 'y');
