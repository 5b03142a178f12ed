CREATE TABLE chapters (id integer PRIMARY KEY, book_id integer NOT NULL, title text NOT NULL, position integer);
INSERT INTO chapters VALUES (1, 1, 'Intro', NULL), (2, 1, 'Setup', NULL), (3, 2, 'Preface', NULL), (4, 1, 'Usage', NULL), (5, 2, 'Body', NULL);
