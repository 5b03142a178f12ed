CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer);
INSERT INTO players VALUES (1, 10), (2, 20), (3, 30);
