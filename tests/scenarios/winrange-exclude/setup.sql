CREATE TABLE scores (id integer PRIMARY KEY, team integer, points integer);
INSERT INTO scores VALUES (1, 1, 10), (2, 1, 12), (3, 1, 12), (4, 2, 7), (5, 2, NULL), (6, 2, 9), (7, 1, 15);
ALTER TABLE scores ADD COLUMN others_avg numeric, ADD COLUMN others_in_range bigint, ADD COLUMN best_other integer;
