ALTER TABLE applications ADD CONSTRAINT applications_status_check CHECK (status IN ('new', 'active', 'retired')) NOT VALID;
-- Validate after COMMIT: the scan then lets reads and writes continue.
COMMIT;
ALTER TABLE applications VALIDATE CONSTRAINT applications_status_check;
BEGIN;
