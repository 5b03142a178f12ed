CREATE TABLE flags (id integer PRIMARY KEY, f boolean);
INSERT INTO flags (id) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10);
