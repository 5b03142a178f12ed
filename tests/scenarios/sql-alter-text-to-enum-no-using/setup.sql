CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new');
INSERT INTO orders VALUES (1, 'new'), (2, 'paid');
