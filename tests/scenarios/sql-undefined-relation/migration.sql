ALTER TABLE orders ADD COLUMN note text;
INSERT INTO order_archive SELECT * FROM orders;
