CREATE TABLE notes (id int PRIMARY KEY, body text, body_length int);
INSERT INTO notes VALUES (1, 'hello', NULL);
