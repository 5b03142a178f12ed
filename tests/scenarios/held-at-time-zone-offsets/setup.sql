CREATE TABLE events (id integer PRIMARY KEY, local_start timestamp NOT NULL, tz_offset text NOT NULL);
INSERT INTO events VALUES (1, '2024-03-10 09:00', '+02:00'), (2, '2024-03-10 23:30', '-05'), (3, '2024-12-31 22:00', 'UTC');
