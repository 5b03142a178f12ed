ALTER TABLE applications ADD COLUMN priority integer NOT NULL;
