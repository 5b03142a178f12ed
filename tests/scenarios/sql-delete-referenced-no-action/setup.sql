CREATE TABLE customers (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO customers (name) VALUES ('Acme Corp'), ('Globex'), ('Initech');
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id),
    total numeric(10, 2) NOT NULL
);
INSERT INTO orders (customer_id, total) VALUES (1, 100.00), (1, 25.50), (2, 9.99), (NULL, 1.00);
