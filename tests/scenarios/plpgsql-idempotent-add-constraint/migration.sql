DO $$
BEGIN
  ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey
    FOREIGN KEY (account_id) REFERENCES accounts (id);
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;
DO $$
BEGIN
  ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total >= 0);
EXCEPTION
  WHEN duplicate_object THEN
    RAISE NOTICE 'constraint already there: %', SQLERRM;
END $$;
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
