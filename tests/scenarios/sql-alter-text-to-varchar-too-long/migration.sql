ALTER TABLE comments ALTER COLUMN tag TYPE varchar(1);
ALTER TABLE comments ALTER COLUMN tag TYPE text;
ALTER TABLE comments ALTER COLUMN body TYPE varchar(20);
