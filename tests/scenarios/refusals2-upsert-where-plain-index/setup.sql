CREATE TABLE emails (id integer PRIMARY KEY, address text NOT NULL UNIQUE, verified boolean NOT NULL DEFAULT false);
INSERT INTO emails VALUES (1, 'a@x', false);
