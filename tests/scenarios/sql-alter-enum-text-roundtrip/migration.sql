ALTER TABLE orders ALTER COLUMN status TYPE text;
UPDATE orders SET status = 'refunded' WHERE id = 3;
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::order_status;
