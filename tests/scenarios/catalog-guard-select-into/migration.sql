DO $$
DECLARE
  col_type text;
BEGIN
  SELECT data_type INTO col_type
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = 'people' AND column_name = 'age';
  IF col_type = 'text' THEN
    ALTER TABLE people ALTER COLUMN age TYPE integer USING age::integer;
  END IF;
END
$$;
