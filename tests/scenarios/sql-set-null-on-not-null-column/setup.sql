CREATE TABLE customers (id serial PRIMARY KEY, name varchar(100) NOT NULL);
INSERT INTO customers (name) VALUES ('Acme Corp'), ('Globex');
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE SET NULL,
    amount numeric(10, 2) NOT NULL
);
INSERT INTO invoices (customer_id, amount) VALUES (1, 10.00), (2, 20.00);
