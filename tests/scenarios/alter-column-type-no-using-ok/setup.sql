CREATE TABLE invoices (
    id serial PRIMARY KEY,
    customer varchar(50) NOT NULL,
    amount integer NOT NULL,
    tax_rate numeric(4, 3) NOT NULL,
    issued_on date NOT NULL,
    paid boolean NOT NULL DEFAULT false
);
INSERT INTO invoices (customer, amount, tax_rate, issued_on, paid) VALUES
    ('Acme Corp', 1200, 0.190, '2024-01-31', true),
    ('Globex', 75, 0.070, '2024-02-29', false),
    ('Initech', 2147483647, 0.000, '2024-03-15', false);
