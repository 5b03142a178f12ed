CREATE TABLE metrics (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    a integer NOT NULL,
    b integer NOT NULL,
    price numeric(10, 2),
    note text
);
INSERT INTO metrics (name, a, b, price, note) VALUES
    ('alpha', 7, 2, 10.50, '  padded  '),
    ('beta', -7, 2, 2.675, NULL),
    ('gamma', 10, 3, 0.125, 'Mixed Case'),
    ('delta', 1, 8, 99.995, ''),
    ('epsilon', -9, -4, NULL, 'x');
