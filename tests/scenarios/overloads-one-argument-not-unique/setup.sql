CREATE TABLE shifts (id int PRIMARY KEY, opened date, closes timestamp, ok boolean, note text);
INSERT INTO shifts VALUES (1, '2023-12-31', '2024-01-01 10:00', NULL, NULL), (2, 'infinity', NULL, NULL, 'x');
