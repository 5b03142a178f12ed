CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);
INSERT INTO notes (body) VALUES ('a'), ('b'), ('c');
DELETE FROM notes WHERE id = 2;
INSERT INTO notes (id, body) VALUES (10, 'imported');
