CREATE TABLE customers (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO customers (name) VALUES ('Acme Corp'), ('Globex'), ('Initech');
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(10, 2) NOT NULL
);
INSERT INTO orders (customer_id, total) VALUES (1, 100.00), (1, 25.50), (2, 9.99), (NULL, 1.00);
CREATE TABLE order_lines (
    id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sku text NOT NULL
);
INSERT INTO order_lines (order_id, sku) VALUES (1, 'KB-1'), (1, 'MS-1'), (2, 'MN-1'), (3, 'KB-1');
CREATE TABLE support_tickets (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id) ON DELETE SET NULL,
    subject text NOT NULL
);
INSERT INTO support_tickets (customer_id, subject) VALUES (1, 'Invoice wrong'), (2, 'Login'), (1, 'Refund');
