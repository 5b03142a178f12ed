CREATE TABLE slots (id int PRIMARY KEY, opens timetz);
INSERT INTO slots VALUES (1, '10:00+02');
