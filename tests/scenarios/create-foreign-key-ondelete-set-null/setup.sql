CREATE TABLE departments (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO departments (name) VALUES ('Engineering'), ('Sales'), ('Support');
CREATE TABLE employees (
    id serial PRIMARY KEY,
    full_name varchar(200) NOT NULL,
    department_id integer,
    manager_id integer
);
INSERT INTO employees (full_name, department_id, manager_id) VALUES
    ('Ada Lovelace', 1, NULL),
    ('Alan Turing', 1, 1),
    ('Grace Hopper', 2, 1),
    ('Katherine Johnson', NULL, 3);
