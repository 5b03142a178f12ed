ALTER TABLE events ADD COLUMN capacity integer NOT NULL DEFAULT 50;
ALTER TABLE events ADD COLUMN room varchar(10) DEFAULT 'A' || '1' NOT NULL, ADD COLUMN fee numeric(6, 2) DEFAULT 9.999;
ALTER TABLE events ADD COLUMN organizer text NOT NULL;
