ALTER TABLE orders DROP COLUMN status;
ALTER TABLE customers DROP COLUMN region;
