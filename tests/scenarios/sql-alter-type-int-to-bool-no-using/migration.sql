ALTER TABLE events ALTER COLUMN attendees TYPE boolean;
