CREATE TABLE metrics (id int PRIMARY KEY, a int, b int);
INSERT INTO metrics VALUES (1, 3, 0), (2, 9, 0), (3, 6, 0), (4, NULL, 0);
