ALTER TABLE events ALTER COLUMN attendees TYPE bigint;
ALTER TABLE events ALTER COLUMN budget TYPE integer;
ALTER TABLE events ALTER COLUMN title TYPE text;
ALTER TABLE events ALTER COLUMN starts_on TYPE timestamp;
ALTER TABLE events ALTER COLUMN starts_at TYPE date;
ALTER TABLE events ALTER COLUMN is_public TYPE text;
ALTER TABLE events ALTER COLUMN code TYPE integer USING code::integer;
ALTER TABLE events ALTER COLUMN attendees TYPE numeric(5, 1);
ALTER TABLE events ALTER COLUMN title TYPE varchar(10);
