ALTER TABLE events ALTER COLUMN is_public DROP DEFAULT;
ALTER TABLE events ALTER COLUMN is_public TYPE integer USING CASE WHEN is_public THEN 1 ELSE 0 END;
ALTER TABLE events ALTER COLUMN attendees TYPE boolean USING attendees > 10;
ALTER TABLE events ALTER COLUMN starts_on TYPE text USING starts_on::text;
ALTER TABLE events ALTER COLUMN budget TYPE varchar(12) USING coalesce(budget::text, 'n/a');
ALTER TABLE events ALTER COLUMN starts_at TYPE timestamptz USING starts_at;
ALTER TABLE events ALTER COLUMN is_public SET DEFAULT 1;
