CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers(id), amount numeric(10,2), status text);
INSERT INTO customers (name, region) VALUES ('Ada', 'eu'), ('Bob', 'us'), ('Cy', NULL);
INSERT INTO orders (customer_id, amount, status) VALUES (1, 10.50, 'paid'), (1, 5, 'open'), (2, 7.25, 'paid');
CREATE MATERIALIZED VIEW paid_totals AS SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;
