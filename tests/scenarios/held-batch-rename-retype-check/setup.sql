CREATE TABLE courses (id integer PRIMARY KEY, title varchar(40) NOT NULL, max_students text, archived boolean);
INSERT INTO courses VALUES (1, 'Databases', '30', false), (2, 'Compilers', '25 ', NULL), (3, 'Networks', NULL, true);
