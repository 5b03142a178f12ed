CREATE TABLE teams (id integer PRIMARY KEY, code text UNIQUE);
INSERT INTO teams VALUES (1, 'red'), (2, 'blue');
