CREATE TABLE scores (id integer PRIMARY KEY, team text, points integer);
INSERT INTO scores VALUES (1, 'red', 10), (2, 'red', 30), (3, 'blue', 20), (4, 'red', 30), (5, 'blue', NULL), (6, 'blue', 20), (7, 'red', 5);
CREATE TABLE ranking (id integer, rn bigint, rk bigint, drk bigint, pr double precision, cd double precision, tile integer);
