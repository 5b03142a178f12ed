DO $$
DECLARE
  tbl text;
  n bigint;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['customers', 'invoices', 'Audit Log'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN updated_at timestamp', tbl);
    EXECUTE format('UPDATE %I SET updated_at = $1', tbl) USING timestamp '2024-01-01 00:00:00';
    GET DIAGNOSTICS n = ROW_COUNT;
    RAISE NOTICE '% rows stamped in %', n, tbl;
  END LOOP;
  EXECUTE 'CREATE INDEX invoices_customer_id_idx ON invoices (customer_id)';
END $$;
