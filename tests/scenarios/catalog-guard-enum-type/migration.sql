DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN
    CREATE TYPE status AS ENUM ('active', 'inactive', 'closed');
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
    WHERE t.typname = 'status' AND e.enumlabel = 'closed'
  ) THEN
    RAISE NOTICE 'status has no label closed';
  END IF;
END
$$;
ALTER TABLE accounts ALTER COLUMN state TYPE status USING state::status;
