CREATE TABLE employees (id integer PRIMARY KEY, full_name text NOT NULL, dept text, salary numeric(10,2));
CREATE VIEW staff_directory AS SELECT id, full_name, dept FROM employees;
INSERT INTO employees VALUES (1, 'Grace Hopper', 'eng', 9000), (2, 'Alan Turing', 'research', 8800);
