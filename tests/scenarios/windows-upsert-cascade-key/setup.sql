CREATE TABLE parents (code text PRIMARY KEY, label text UNIQUE);
CREATE TABLE kids (id integer PRIMARY KEY, parent text REFERENCES parents (code) ON UPDATE CASCADE);
INSERT INTO parents VALUES ('p1', 'one'), ('p2', 'two');
INSERT INTO kids VALUES (1, 'p1'), (2, 'p2'), (3, 'p1');
