CREATE TABLE orders (id integer PRIMARY KEY, total_cents integer NOT NULL, placed_on date NOT NULL);
CREATE INDEX orders_placed_on ON orders (placed_on);
CREATE SEQUENCE invoice_numbers;
CREATE VIEW big_orders AS SELECT id, total_cents FROM orders WHERE total_cents > 10000;
CREATE MATERIALIZED VIEW daily_totals AS SELECT placed_on, sum(total_cents) AS cents FROM orders GROUP BY placed_on;
CREATE FUNCTION cents_to_euros(cents integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cents / 100.0 $$;
INSERT INTO orders VALUES (1, 25000, DATE '2026-01-02'), (2, 900, DATE '2026-01-02');
