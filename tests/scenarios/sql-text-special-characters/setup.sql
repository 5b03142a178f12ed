CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, label varchar(5));
INSERT INTO notes VALUES (1, 'plain', NULL);
