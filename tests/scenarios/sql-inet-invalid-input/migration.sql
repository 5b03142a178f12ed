ALTER TABLE hosts ADD COLUMN ip inet;
UPDATE hosts SET ip = '10.1.2.3' WHERE name = 'web';
UPDATE hosts SET ip = '10.1' WHERE name = 'db';
