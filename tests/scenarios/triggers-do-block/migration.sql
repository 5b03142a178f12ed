DO $$
DECLARE
  missing int;
BEGIN
  SELECT count(*) INTO missing FROM users WHERE active IS NULL;
  IF missing > 0 THEN
    RAISE NOTICE 'backfilling % users', missing;
    UPDATE users SET active = false WHERE active IS NULL;
  END IF;
  PERFORM 1 FROM users WHERE name = 'nobody';
  IF NOT FOUND THEN
    INSERT INTO users VALUES (3, 'nobody', false);
  END IF;
END
$$;
ALTER TABLE users ALTER COLUMN active SET NOT NULL;
