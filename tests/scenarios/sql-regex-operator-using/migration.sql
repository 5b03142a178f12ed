ALTER TABLE scores ALTER COLUMN score TYPE integer USING CASE WHEN score ~ '^[0-9]+$' THEN score::integer END;
