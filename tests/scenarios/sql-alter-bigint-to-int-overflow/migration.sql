ALTER TABLE metrics ALTER COLUMN id TYPE bigint;
ALTER TABLE metrics ALTER COLUMN small TYPE smallint;
