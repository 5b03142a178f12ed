from alembic import op


def upgrade():
    op.execute("""
    DO $$
    DECLARE
      n integer;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                     WHERE table_name = 'invoices' AND column_name = 'paid') THEN
        ALTER TABLE invoices ADD COLUMN paid boolean NOT NULL DEFAULT false;
      END IF;
      UPDATE invoices SET status = lower(status);
      GET DIAGNOSTICS n = ROW_COUNT;
      RAISE NOTICE 'normalised % rows', n;
      UPDATE invoices SET paid = (status = 'paid');
      IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'invoices_status_check') THEN
        ALTER TABLE invoices ADD CONSTRAINT invoices_status_check CHECK (status IN ('open', 'paid'));
      END IF;
    END
    $$;
    """)
