ALTER TABLE events ALTER COLUMN starts_at TYPE timestamptz USING starts_at AT TIME ZONE 'Europe/Berlin';
