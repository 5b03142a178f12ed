ALTER TABLE events ALTER COLUMN is_public TYPE integer USING is_public::integer;
