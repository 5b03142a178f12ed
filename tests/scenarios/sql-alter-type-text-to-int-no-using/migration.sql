ALTER TABLE events ALTER COLUMN code TYPE integer;
