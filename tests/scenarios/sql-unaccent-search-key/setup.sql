CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO authors VALUES (1, 'Gabriel García Márquez'), (2, 'Søren Kierkegaard'), (3, 'Ærø “Œuvre” ½'), (4, 'Gabriel Garcia Marquez Jr');
