CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, hired text);
INSERT INTO employees VALUES (1, 'Ann', '03.02.2019'), (2, 'Bob', '17.11.2021'), (3, 'Cy', NULL), (4, 'Dee', '31.04.2022');
