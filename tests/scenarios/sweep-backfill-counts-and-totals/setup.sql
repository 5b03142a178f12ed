CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO customers (name) VALUES ('Ada'), ('Grace'), ('Alan');
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers, amount numeric(8,2) NOT NULL, placed date NOT NULL);
INSERT INTO orders (customer_id, amount, placed) VALUES (1, 10, '2026-01-02'), (1, 5.25, '2026-02-03'), (2, 99.99, '2026-01-09'), (1, 1, '2026-03-01');
