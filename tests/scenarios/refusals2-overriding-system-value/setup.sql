CREATE TABLE tags (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text NOT NULL UNIQUE);
CREATE TABLE tags_old (id integer PRIMARY KEY, label text NOT NULL);
INSERT INTO tags_old VALUES (3, 'red'), (4, 'green');
