ALTER TABLE events ALTER COLUMN starts_at TYPE timestamptz USING starts_at AT TIME ZONE 'UTC';
UPDATE events SET ends_at = (starts_at AT TIME ZONE '-05:30') AT TIME ZONE 'UTC';
ALTER TABLE events ADD COLUMN day_bin timestamptz;
UPDATE events SET day_bin = date_bin(interval '6 hours', starts_at, timestamptz '2000-01-01 00:00+00');
