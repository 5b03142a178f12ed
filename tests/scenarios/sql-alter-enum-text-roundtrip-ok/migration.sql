ALTER TABLE orders ALTER COLUMN status TYPE text;
UPDATE orders SET status = 'paid' WHERE id = 3;
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::order_status;
INSERT INTO orders (id) VALUES (4);
