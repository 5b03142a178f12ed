CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers(id), amount numeric(10,2), status text);
INSERT INTO customers (name, region) VALUES ('Ada', 'eu'), ('Bob', 'us'), ('Cy', NULL);
INSERT INTO orders (customer_id, amount, status) VALUES (1, 10.50, 'paid'), (1, 5, 'open'), (2, 7.25, 'paid');
CREATE VIEW order_totals AS SELECT c.name, count(o.id) AS orders, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.name;
CREATE VIEW top_totals AS SELECT name FROM order_totals WHERE total > 10;
