CREATE TABLE players (
    id integer,
    team_id integer REFERENCES teams,
    team_code text REFERENCES teams (code) ON DELETE SET NULL,
    number smallint NOT NULL,
    nick text,
    PRIMARY KEY (id),
    UNIQUE (team_id, number),
    UNIQUE (nick),
    FOREIGN KEY (team_id) REFERENCES teams (id),
    CHECK (number BETWEEN 1 AND 99)
);
INSERT INTO players VALUES (1, 1, 'red', 7, 'x'), (2, 2, 'blue', 7, NULL);
DELETE FROM teams WHERE code = 'blue';
