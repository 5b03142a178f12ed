CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE places (id int PRIMARY KEY, name text);
INSERT INTO places VALUES (1, 'Lyon'), (2, 'Lille'), (3, 'Saint-Etienne'), (4, NULL);
