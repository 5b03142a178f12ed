CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(8,2) NOT NULL,
    placed_on date NOT NULL
);
INSERT INTO orders (customer, amount, placed_on) VALUES
    ('Ada', 120.00, '2026-01-03'),
    ('Grace', 75.50, '2026-01-04'),
    ('Ada', 19.99, '2026-02-11');
-- The finance team's report reads this view every morning.
CREATE VIEW revenue_by_customer AS
    SELECT customer, count(*) AS orders, sum(amount) AS revenue
    FROM orders
    GROUP BY customer;
