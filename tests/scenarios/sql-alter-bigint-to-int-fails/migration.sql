ALTER TABLE metrics ALTER COLUMN hits TYPE integer;
