CREATE TABLE links (person_id integer NOT NULL, team_id integer NOT NULL, PRIMARY KEY (person_id, team_id), CONSTRAINT links_uc UNIQUE (person_id, team_id));
CREATE TABLE tags (x integer, y integer, UNIQUE (x), CONSTRAINT tags_x_named UNIQUE (x), CONSTRAINT tags_y_first UNIQUE (y), CONSTRAINT tags_y_second UNIQUE (y), UNIQUE (y, x), UNIQUE (x, y));
INSERT INTO tags VALUES (1, 1), (2, 2);
INSERT INTO links VALUES (1, 1), (1, 1);
