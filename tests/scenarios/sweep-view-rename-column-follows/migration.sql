ALTER TABLE orders RENAME COLUMN customer TO customer_name;
ALTER TABLE orders RENAME TO purchases;
CREATE TABLE summary (customer text PRIMARY KEY, total numeric);
INSERT INTO summary SELECT * FROM big_recent ORDER BY customer;
INSERT INTO purchases (customer_name, amount, placed_on) VALUES ('Grace', 1, '2026-05-05');
INSERT INTO summary SELECT customer, total FROM big_recent WHERE customer = 'Grace' ON CONFLICT (customer) DO UPDATE SET total = EXCLUDED.total;
DROP TABLE purchases;
