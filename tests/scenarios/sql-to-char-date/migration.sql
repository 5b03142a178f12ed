ALTER TABLE events ALTER COLUMN starts_on TYPE text USING to_char(starts_on, 'DD/MM/YYYY');
