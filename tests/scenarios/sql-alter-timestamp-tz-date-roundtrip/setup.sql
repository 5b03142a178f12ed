CREATE TABLE sessions (id integer PRIMARY KEY, started timestamp, day date, active boolean, n integer);
INSERT INTO sessions VALUES (1, '2024-03-10 02:30:00.5', '2024-02-29', true, 42), (2, NULL, '1999-12-31', false, -7), (3, '2024-12-31 23:59:59', NULL, NULL, NULL);
