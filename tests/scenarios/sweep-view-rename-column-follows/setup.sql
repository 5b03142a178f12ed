CREATE TABLE orders (id serial PRIMARY KEY, customer text NOT NULL, amount numeric(8,2) NOT NULL, legacy_code text, placed_on date NOT NULL);
INSERT INTO orders (customer, amount, legacy_code, placed_on) VALUES
  ('Ada', 120, 'X1', '2026-01-03'), ('Grace', 75.5, NULL, '2026-01-04'), ('Ada', 19.99, 'X9', '2026-02-11');
CREATE VIEW recent_orders AS SELECT id, customer, amount, legacy_code FROM orders WHERE placed_on >= '2026-01-04';
CREATE VIEW big_recent AS SELECT customer, sum(amount) AS total FROM recent_orders GROUP BY customer HAVING sum(amount) > 50;
