ALTER TABLE applications ADD COLUMN reviewed_at timestamp;
CREATE INDEX applications_status_idx ON applications (status);
