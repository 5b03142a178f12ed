ALTER TABLE events ALTER COLUMN budget TYPE numeric(6, 2);
ALTER TABLE events ALTER COLUMN budget TYPE numeric(5, 2);
