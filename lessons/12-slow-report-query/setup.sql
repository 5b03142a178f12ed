CREATE TABLE customers (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers (id),
    total numeric(10, 2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT '2026-01-05 10:00:00+00'
);
INSERT INTO customers (name) VALUES ('Ada'), ('Grace'), ('Linus');
INSERT INTO orders (customer_id, total) VALUES (1, 19.99), (1, 5.00), (2, 42.50), (3, 7.25);
