CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE members (id serial PRIMARY KEY, team_id integer NOT NULL REFERENCES teams (id), name text NOT NULL);
CREATE TABLE legacy_people (name text, team text);
INSERT INTO teams (name) VALUES ('core');
INSERT INTO legacy_people VALUES ('ann', 'core'), ('bob', 'web'), ('cy', 'web'), ('dee', 'data');
CREATE TABLE team_log (team_id integer, name text);
