UPDATE slots SET position = position + 10;
UPDATE slots SET position = position + 1;
UPDATE slots SET position = 12 WHERE label = 'third';
