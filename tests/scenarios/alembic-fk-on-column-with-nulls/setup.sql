CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO teams (name) VALUES ('red'), ('blue');
CREATE TABLE players (id serial PRIMARY KEY, name text NOT NULL, team_id integer);
INSERT INTO players (name, team_id) VALUES ('a', 1), ('b', NULL), ('c', NULL), ('d', 2);
