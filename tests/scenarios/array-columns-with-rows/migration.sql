ALTER TABLE articles ALTER COLUMN scores TYPE numeric(6,2)[];
ALTER TABLE articles ALTER COLUMN counts TYPE bigint[];
UPDATE articles SET tags = '{renamed}' WHERE tags = '{}';
ALTER TABLE articles ALTER COLUMN tags TYPE text[];
