DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM information_schema.columns
    WHERE table_name = 'invoices' AND column_name = 'paid_at'
  ) THEN
    ALTER TABLE invoices ADD COLUMN paid_at date;
  END IF;
  IF EXISTS (
    SELECT 1 FROM information_schema.columns
    WHERE table_name = 'invoices' AND column_name = 'paid'
  ) THEN
    UPDATE invoices SET paid_at = DATE '2024-01-01' WHERE paid;
    ALTER TABLE invoices DROP COLUMN paid;
  END IF;
END $$;
