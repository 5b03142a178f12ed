CREATE TABLE tags_old (id integer PRIMARY KEY, label text NOT NULL);
CREATE TABLE tags (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text NOT NULL UNIQUE);
INSERT INTO tags_old VALUES (1, 'red'), (2, 'green'), (5, 'blue');
