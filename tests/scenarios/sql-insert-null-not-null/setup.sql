CREATE TABLE payments (
    id serial PRIMARY KEY,
    payer varchar(100) NOT NULL,
    amount numeric(10, 2) NOT NULL,
    paid_at timestamp,
    settled boolean NOT NULL DEFAULT false,
    currency char(3),
    ref uuid,
    meta jsonb,
    paid_on date
);
INSERT INTO payments (payer, amount, paid_at, settled, currency, ref, meta, paid_on) VALUES
    ('Ada Lovelace', 120.00, '2024-05-01 10:00:00', true, 'EUR', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": 2, "a": 1}', '2024-05-01');
