CREATE TABLE events (id int PRIMARY KEY, n integer, tags text[], note text, at timestamp);
INSERT INTO events VALUES (1, 12, '{a,b}', NULL, '2024-01-01 10:00'), (2, -1234567, '{c}', 'x', NULL);
