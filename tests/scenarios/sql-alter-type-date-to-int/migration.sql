ALTER TABLE events ALTER COLUMN starts_on TYPE integer USING starts_on::integer;
