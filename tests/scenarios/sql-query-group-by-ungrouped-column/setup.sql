CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, region text);
INSERT INTO customers VALUES (1, 'ann', 'eu'), (2, 'bob', 'us'), (3, 'cy', 'eu'), (4, 'dee', NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, amount numeric(10,2), qty integer, paid boolean, placed_at timestamp NOT NULL);
INSERT INTO orders VALUES
  (10, 1, 12.50, 2, true, '2024-01-03 10:00'),
  (11, 1, 7.25, 1, false, '2024-02-01 09:30'),
  (12, 2, 100.00, 5, true, '2024-01-15 12:00'),
  (13, 3, NULL, 3, NULL, '2024-03-01 08:00'),
  (14, NULL, 3.10, 1, true, '2024-03-02 08:00'),
  (15, 2, 40.00, 2, true, '2024-03-05 18:45');
