ALTER TABLE IF EXISTS order_archive ADD COLUMN note text;
ALTER TABLE order_archive ADD COLUMN note text;
