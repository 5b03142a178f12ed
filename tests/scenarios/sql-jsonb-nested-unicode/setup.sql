CREATE TABLE docs (id integer PRIMARY KEY, body jsonb, raw json);
INSERT INTO docs (id) VALUES (1), (2), (3), (4);
