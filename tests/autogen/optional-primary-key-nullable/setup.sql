CREATE TABLE z (id integer PRIMARY KEY, v text);
INSERT INTO z VALUES (1, 'x');
