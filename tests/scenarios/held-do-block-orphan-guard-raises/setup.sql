CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer, title text NOT NULL);
INSERT INTO authors VALUES (1, 'Le Guin'), (2, 'Pratchett');
INSERT INTO books VALUES (10, 1, 'The Dispossessed'), (11, 2, 'Mort'), (12, 7, 'Unknown Manuscript'), (13, NULL, 'Anthology');
