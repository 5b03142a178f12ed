CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO cities VALUES (1, 'São Paulo'), (2, 'Zürich'), (3, 'Montréal'), (4, 'Sao  Paulo');
