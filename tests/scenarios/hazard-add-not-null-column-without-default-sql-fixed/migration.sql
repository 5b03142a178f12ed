ALTER TABLE applications ADD COLUMN priority integer;
-- Backfill existing rows: replace 0 with the value they should have.
UPDATE applications SET priority = 0 WHERE priority IS NULL;
-- Ideally in a later migration, once the deployed code writes priority:
ALTER TABLE applications ALTER COLUMN priority SET DEFAULT 0, ALTER COLUMN priority SET NOT NULL;
