CREATE TABLE visits (id int PRIMARY KEY, d date, score smallint);
INSERT INTO visits VALUES (1, '2024-03-01', 2);
