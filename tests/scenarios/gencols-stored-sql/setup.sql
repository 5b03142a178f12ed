CREATE TABLE orders (id serial PRIMARY KEY, qty integer NOT NULL, price numeric(10,2) NOT NULL, total numeric GENERATED ALWAYS AS (qty * price) STORED);
INSERT INTO orders (qty, price) VALUES (2, 9.99), (3, 0.10);
