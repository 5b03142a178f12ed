DO $$
BEGIN
  IF to_regclass('ix_users_email') IS NULL THEN
    CREATE INDEX ix_users_email ON users (email);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = 'users' AND indexname = 'ux_users_email') THEN
    CREATE UNIQUE INDEX ux_users_email ON users (email);
  END IF;
END
$$;
