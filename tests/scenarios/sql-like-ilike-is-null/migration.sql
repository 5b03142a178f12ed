ALTER TABLE metrics ADD COLUMN tag text;
UPDATE metrics SET tag = 'like' WHERE name LIKE '%a';
UPDATE metrics SET tag = coalesce(tag, '') || '+ilike' WHERE note ILIKE 'mixed%';
UPDATE metrics SET tag = 'null-note' WHERE note IS NULL;
UPDATE metrics SET tag = 'not-null-price' WHERE price IS NOT NULL AND tag IS NULL;
UPDATE metrics SET tag = tag || '_' WHERE name NOT LIKE '_e%' AND coalesce(note, '') <> 'x';
UPDATE metrics SET tag = 'escaped' WHERE note LIKE '\_%' OR name LIKE 'eps%on';
