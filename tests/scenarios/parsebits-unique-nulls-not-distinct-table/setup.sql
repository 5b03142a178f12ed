CREATE TABLE devices (id integer PRIMARY KEY, serial text UNIQUE NULLS NOT DISTINCT, vendor text, model text, UNIQUE NULLS NOT DISTINCT (vendor, model));
INSERT INTO devices VALUES (1, NULL, 'acme', NULL), (2, 'S1', 'acme', 'm1');
