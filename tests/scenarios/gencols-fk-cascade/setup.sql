CREATE TABLE parents (id int PRIMARY KEY);
CREATE TABLE children (id int PRIMARY KEY, parent_id int REFERENCES parents ON UPDATE CASCADE ON DELETE SET NULL, tag text GENERATED ALWAYS AS ('p' || coalesce(parent_id::text, 'none')) STORED);
INSERT INTO parents VALUES (1), (2);
INSERT INTO children (id, parent_id) VALUES (10, 1), (11, 2);
