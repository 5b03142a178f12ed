CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total_cents integer NOT NULL, placed date NOT NULL);
INSERT INTO orders VALUES (1, 'acme', 1250, '2024-01-03'), (2, 'acme', 800, '2024-01-20'), (3, 'globex', 15000, '2024-02-11'), (4, 'initech', 99, '2024-02-28');
CREATE MATERIALIZED VIEW monthly_revenue AS
  SELECT date_trunc('month', placed)::date AS month, sum(total_cents) AS cents, count(*) AS orders
  FROM orders GROUP BY 1;
CREATE UNIQUE INDEX monthly_revenue_month ON monthly_revenue (month);
