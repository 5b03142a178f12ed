CREATE TABLE accounts (id int PRIMARY KEY, code text);
CREATE TABLE events (id int, payload json);
INSERT INTO accounts VALUES (1, 'a');
INSERT INTO events VALUES (1, '{"k": 1}');
