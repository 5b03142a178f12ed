ALTER TABLE orders ADD COLUMN label text GENERATED ALWAYS AS ('#' || id::text || ' x' || qty::text) STORED;
UPDATE orders SET qty = qty + 1 WHERE id = 1;
INSERT INTO orders (qty, price, total) VALUES (1, 5, DEFAULT);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,1);
