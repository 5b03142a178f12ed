INSERT INTO notes (title) VALUES (DEFAULT);
INSERT INTO notes (title, pinned) VALUES (DEFAULT, true), ('Todo', DEFAULT);
INSERT INTO notes (id, title, score) VALUES (DEFAULT, 'Last', DEFAULT), (DEFAULT, 'Boom', 1);
