CREATE TABLE payments (
    id serial PRIMARY KEY,
    payer varchar(100) NOT NULL,
    amount numeric(10, 2) NOT NULL,
    paid_at timestamptz,
    settled boolean NOT NULL DEFAULT false
);
INSERT INTO payments (payer, amount, paid_at, settled) VALUES
    ('Ada Lovelace', 120.00, '2024-05-01 10:00:00+02', true),
    ('Alan Turing', 9.5, NULL, false);
