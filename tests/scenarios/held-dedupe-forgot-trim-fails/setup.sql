CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL, uses integer NOT NULL DEFAULT 0);
INSERT INTO tags VALUES (1, 'Rust', 4), (2, 'rust', 1), (3, 'Go', 2), (4, 'go ', 7), (5, 'SQL', 0);
