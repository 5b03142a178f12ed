CREATE TABLE docs (id integer PRIMARY KEY, body jsonb);
INSERT INTO docs VALUES (1, '{"b": 2, "a": [1, "two", null, {"z": true}]}');
CREATE TABLE flat (k text, v jsonb, t text);
