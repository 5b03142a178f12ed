ALTER TABLE events ADD COLUMN starts_at timestamptz;
UPDATE events SET starts_at = local_start AT TIME ZONE 'UTC' WHERE tz_offset = 'UTC';
UPDATE events SET starts_at = (local_start || tz_offset)::timestamptz WHERE tz_offset <> 'UTC';
ALTER TABLE events ADD COLUMN start_in_tokyo timestamp;
UPDATE events SET start_in_tokyo = starts_at AT TIME ZONE '+09:00';
UPDATE events SET local_start = timezone('-03:30', starts_at);
