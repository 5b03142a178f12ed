CREATE TABLE places (id int PRIMARY KEY, name text);
INSERT INTO places VALUES (1, 'Lyon'), (2, 'Lille');
