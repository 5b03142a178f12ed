CREATE TABLE prices (id integer GENERATED ALWAYS AS IDENTITY, cents integer NOT NULL, euros numeric GENERATED ALWAYS AS (cents / 100.0) STORED);
INSERT INTO prices (cents) VALUES (250);
