CREATE TABLE teams (
    id serial PRIMARY KEY,
    name varchar(80) NOT NULL,
    motto varchar(200)
);
CREATE TABLE players (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams (id),
    name varchar(80) NOT NULL,
    jersey integer
);
INSERT INTO teams (name, motto) VALUES ('Red', 'Fast'), ('Blue', NULL);
INSERT INTO players (team_id, name, jersey) VALUES (1, 'Ana', 9), (1, 'Ben', 10), (2, 'Cid', NULL);
