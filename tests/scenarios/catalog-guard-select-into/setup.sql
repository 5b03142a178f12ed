CREATE TABLE people (id int PRIMARY KEY, age text);
INSERT INTO people VALUES (1, '42'), (2, '7'), (3, 'unknown');
