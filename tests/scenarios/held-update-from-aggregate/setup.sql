CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id), amount numeric(10,2) NOT NULL, status text NOT NULL);
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Bob'), (3, 'Cy');
INSERT INTO orders VALUES (10, 1, 20.00, 'paid'), (11, 1, 5.50, 'refunded'), (12, 2, 99.99, 'paid'), (13, 1, 1.25, 'paid');
