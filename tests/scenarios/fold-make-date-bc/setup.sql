CREATE TABLE events (id int, day date);
INSERT INTO events VALUES (1, '2024-01-01');
