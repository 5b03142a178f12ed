CREATE TABLE zuul_build (id integer PRIMARY KEY, result text);
INSERT INTO zuul_build VALUES (1, 'SUCCESS'), (2, NULL);
