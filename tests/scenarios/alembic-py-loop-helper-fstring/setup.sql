CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer, created_at timestamp, status text);
CREATE TABLE invoices (id serial PRIMARY KEY, customer_id integer, created_at timestamp, status text);
INSERT INTO orders (customer_id, created_at, status) VALUES (1, '2026-01-01', 'new'), (2, '2026-01-02', NULL);
INSERT INTO invoices (customer_id, created_at, status) VALUES (1, '2026-01-03', 'paid');
