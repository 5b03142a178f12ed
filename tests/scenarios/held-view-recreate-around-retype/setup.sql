CREATE TABLE orders (id serial PRIMARY KEY, total text NOT NULL, placed_on date NOT NULL);
CREATE VIEW monthly_totals AS SELECT date_trunc('month', placed_on)::date AS month, count(*) AS orders FROM orders GROUP BY 1;
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE length(total) > 4;
INSERT INTO orders (total, placed_on) VALUES ('12.50', '2024-01-03'), ('7', '2024-01-19'), ('1200.00', '2024-02-01');
