INSERT INTO items (id, ratio) VALUES (1, 3), (2, 4);
-- A DEFAULT item of a VALUES list is its column's default, folded with the list.
INSERT INTO items (id, ratio) VALUES (1 / 1, 3), (2, DEFAULT);
