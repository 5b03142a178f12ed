CREATE TABLE customers (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,
    name varchar(100) NOT NULL
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL,
    status varchar(20) NOT NULL,
    created_at timestamp NOT NULL
);
CREATE INDEX ix_orders_status ON orders (status);
INSERT INTO customers (email, name) VALUES ('ada@example.com', 'Ada'), ('bob@example.com', 'Bob');
INSERT INTO orders (customer_id, status, created_at) VALUES
    (1, 'paid', '2024-01-05 10:00:00'), (1, 'pending', '2024-01-06 11:30:00'), (2, 'paid', '2024-01-07 09:15:00');
