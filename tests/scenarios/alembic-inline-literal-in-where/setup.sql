CREATE TABLE zuul_buildset (id integer PRIMARY KEY, result varchar(255), score integer);
INSERT INTO zuul_buildset VALUES (1, 'MERGER_FAILURE', 0), (2, 'SUCCESS', 1), (3, 'it''s', 2);
