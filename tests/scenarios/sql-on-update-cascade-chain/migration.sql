UPDATE countries SET code = 'GB' WHERE code = 'UK';
UPDATE cities SET id = id + 100;
DELETE FROM cities WHERE name = 'Berlin';
UPDATE offices SET city_id = 999 WHERE id = 12;
