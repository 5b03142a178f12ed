INSERT INTO notes (title) VALUES ('Shopping');
