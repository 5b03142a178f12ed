ALTER TABLE orders RENAME COLUMN total TO amount;
UPDATE orders SET total = 0 WHERE amount IS NULL;
