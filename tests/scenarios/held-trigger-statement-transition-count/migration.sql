CREATE FUNCTION record_price_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO price_change_batches (rows_changed, total_delta)
  SELECT count(*), coalesce(sum(n.price_cents - o.price_cents), 0)
  FROM new_rows n JOIN old_rows o ON o.id = n.id;
  RETURN NULL;
END $$;
CREATE TRIGGER products_price_batch AFTER UPDATE ON products
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_price_batch();
UPDATE products SET price_cents = round(price_cents * 1.08) WHERE price_cents < 500;
UPDATE products SET price_cents = price_cents WHERE false;
