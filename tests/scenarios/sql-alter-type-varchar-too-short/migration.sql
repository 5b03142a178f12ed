ALTER TABLE events ALTER COLUMN code TYPE varchar(3);
ALTER TABLE events ALTER COLUMN title TYPE varchar(5);
