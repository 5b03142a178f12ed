CREATE TABLE contacts (id integer PRIMARY KEY, phone text UNIQUE, name text NOT NULL);
INSERT INTO contacts VALUES (1, NULL, 'a'), (2, NULL, 'b'), (3, '', 'c');
