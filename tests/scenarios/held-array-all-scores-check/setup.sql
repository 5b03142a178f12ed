CREATE TABLE quiz_results (id integer PRIMARY KEY, student text NOT NULL, scores integer[] NOT NULL);
INSERT INTO quiz_results VALUES (1, 'ann', '{8,9,10}'), (2, 'bob', '{4,7}'), (3, 'cy', '{10,10,10,10}'), (4, 'dee', '{}');
