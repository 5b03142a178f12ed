ALTER TABLE items ADD COLUMN label text;
UPDATE items SET label = format('%2$s (%1$s) %%', sku, title) WHERE split_part(sku, '-', 2) <> '';
UPDATE items SET label = format('%s: %I', title, sku);
