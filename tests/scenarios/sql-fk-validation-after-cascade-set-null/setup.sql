CREATE TABLE teams (id integer PRIMARY KEY);
INSERT INTO teams VALUES (1), (2);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams ON DELETE SET NULL);
INSERT INTO players VALUES (1, 1), (2, 2), (3, 2);
CREATE TABLE badges (id integer PRIMARY KEY);
