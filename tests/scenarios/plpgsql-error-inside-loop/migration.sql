ALTER TABLE products ADD COLUMN price_cents int;
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id, sku, price FROM products ORDER BY id LOOP
    IF r.price IS NULL THEN
      RAISE EXCEPTION 'product % (%) has no price', r.id, r.sku
        USING HINT = 'Set a price before running this migration.';
    END IF;
    UPDATE products SET price_cents = r.price * 100 WHERE id = r.id;
  END LOOP;
END $$;
ALTER TABLE products ALTER COLUMN price_cents SET NOT NULL;
