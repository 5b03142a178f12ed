ALTER TABLE places ADD COLUMN score real;
UPDATE places SET score = similarity(name, 'Lion') WHERE id <= 2;
UPDATE places SET score = similarity(name, 'Etienne') WHERE id = 3;
