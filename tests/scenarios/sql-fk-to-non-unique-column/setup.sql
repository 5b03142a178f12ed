CREATE TABLE teams (id integer PRIMARY KEY, code text);
CREATE TABLE players (id integer PRIMARY KEY, team_code text);
