DO $$
BEGIN
  UPDATE users SET status = 'normalised';
  UPDATE users SET email = lower(email);
EXCEPTION
  WHEN unique_violation THEN
    RAISE NOTICE 'emails not normalised: %', SQLERRM;
END $$;
DO $$
DECLARE
  i int := 0;
BEGIN
  <<retry>>
  LOOP
    i := i + 1;
    BEGIN
      INSERT INTO users VALUES (i, 'new' || i || '@x.io', 'seeded');
      EXIT retry;
    EXCEPTION
      WHEN unique_violation THEN
        CONTINUE retry;
    END;
  END LOOP;
END $$;
