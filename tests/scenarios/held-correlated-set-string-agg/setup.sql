CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL, bibliography text, first_year integer);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors(id), title text NOT NULL, year integer NOT NULL);
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Banks'), (3, 'Nobody');
INSERT INTO books VALUES (1, 1, 'The Dispossessed', 1974), (2, 1, 'A Wizard of Earthsea', 1968), (3, 2, 'Excession', 1996), (4, 2, 'Consider Phlebas', 1987), (5, 1, 'Lathe', 1971);
