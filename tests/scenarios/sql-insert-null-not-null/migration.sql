INSERT INTO payments (payer, amount, paid_at, settled, currency, ref, meta, paid_on)
VALUES ('Alan Turing', NULL, '2024-05-02 09:30:15.5', true, 'GB', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '{"x": [1, 2.50]}', '2024-05-02');
