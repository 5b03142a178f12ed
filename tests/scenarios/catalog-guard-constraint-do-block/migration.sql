DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_total_nonnegative') THEN
    ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total >= 0);
  END IF;
END
$$;
