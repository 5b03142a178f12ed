CREATE TABLE customers (id serial PRIMARY KEY, name varchar(100) NOT NULL, tier varchar(10) NOT NULL DEFAULT 'basic');
INSERT INTO customers (name, tier) VALUES ('Acme', 'basic'), ('Globex', 'gold'), ('Initech', 'basic');
CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id), total numeric(10, 2) NOT NULL, note text);
INSERT INTO orders (customer_id, total) VALUES (1, 100.00), (1, 25.50), (2, 9.99), (3, 0.00);
