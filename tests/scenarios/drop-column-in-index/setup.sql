CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_name varchar(100) NOT NULL,
    placed_on date NOT NULL,
    total numeric(10, 2) NOT NULL
);
CREATE INDEX ix_orders_customer_placed ON orders (customer_name, placed_on);
CREATE INDEX ix_orders_placed_on ON orders (placed_on);
CREATE INDEX ix_orders_total ON orders (total) WHERE total > 100;
INSERT INTO orders (customer_name, placed_on, total) VALUES
    ('Ada Lovelace', '2024-03-01', 99.90),
    ('Alan Turing', '2024-03-02', 250.00),
    ('Grace Hopper', '2024-03-05', 12.50);
