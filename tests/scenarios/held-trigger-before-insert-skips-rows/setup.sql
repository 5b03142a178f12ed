CREATE TABLE old_contacts (id integer PRIMARY KEY, name text, phone text);
CREATE TABLE contacts (id integer PRIMARY KEY, name text NOT NULL, phone text);
INSERT INTO old_contacts VALUES (1, 'Ada', '555-0100'), (2, NULL, '555-0101'), (3, 'Linus', NULL), (4, '', '555-0199');
