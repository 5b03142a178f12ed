ALTER TABLE events ALTER COLUMN is_public TYPE integer USING CASE WHEN is_public THEN 1 ELSE 0 END;
ALTER TABLE events ALTER COLUMN attendees TYPE boolean USING attendees > 10;
ALTER TABLE events ALTER COLUMN starts_on TYPE text USING to_char(starts_on, 'DD/MM/YYYY');
ALTER TABLE events ALTER COLUMN budget TYPE varchar(12) USING coalesce(budget::text, 'n/a');
ALTER TABLE events ALTER COLUMN starts_at TYPE timestamptz USING starts_at AT TIME ZONE 'UTC';
ALTER TABLE events ALTER COLUMN is_public SET DEFAULT 1;
