CREATE TABLE people (id integer PRIMARY KEY, phone text, zip text);
INSERT INTO people VALUES (1, '+44 20 7946 0958', '01234'), (2, '555-0100', '9999'), (3, NULL, 'ABCDE');
