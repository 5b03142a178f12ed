ALTER TABLE shifts ALTER COLUMN starts TYPE timestamp;
