UPDATE products SET sku = lower(sku);
UPDATE products SET sku = 'kb-1' WHERE name = 'Mouse';
