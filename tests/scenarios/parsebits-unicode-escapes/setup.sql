CREATE TABLE labels (id integer PRIMARY KEY, name text NOT NULL, note text);
INSERT INTO labels VALUES (1, 'data', NULL), (2, 'café', 'x');
