CREATE TABLE tokens (id integer PRIMARY KEY, u uuid UNIQUE);
INSERT INTO tokens (id) VALUES (1), (2), (3), (4), (5);
