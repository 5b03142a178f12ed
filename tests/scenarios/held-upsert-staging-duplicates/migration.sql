INSERT INTO prices AS p (sku, price, updated)
SELECT sku, price, updated FROM staging
ON CONFLICT (sku) DO UPDATE SET price = EXCLUDED.price, updated = EXCLUDED.updated
WHERE p.updated < EXCLUDED.updated
RETURNING p.sku, p.price;
