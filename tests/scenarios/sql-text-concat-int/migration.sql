ALTER TABLE metrics ADD COLUMN label text;
UPDATE metrics SET label = name || '#' || id || ' (' || a || '/' || b || ') ' || price;
UPDATE metrics SET note = note || NULL WHERE name = 'alpha';
UPDATE metrics SET label = concat(label, NULL, '!', true) WHERE name = 'beta';
UPDATE metrics SET label = 'n=' || 1.50 || ',' || 2.0::float8 || ',' || DATE '2024-01-05' WHERE name = 'gamma';
