CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer varchar(100) NOT NULL,
    total numeric(10, 2)
);
INSERT INTO orders (customer, total) VALUES
    ('Ada Lovelace', 19.99),
    ('Grace Hopper', 12345.67),
    ('Alan Turing', NULL);
