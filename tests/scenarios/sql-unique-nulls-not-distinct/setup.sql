CREATE TABLE devices (id integer PRIMARY KEY, serial text, vendor text);
INSERT INTO devices VALUES (1, NULL, 'x'), (2, NULL, 'z'), (3, 'S1', NULL);
