ALTER TABLE devices ADD COLUMN tag text UNIQUE NULLS DISTINCT;
INSERT INTO devices VALUES (3, 'S2', 'acme', 'm2', NULL), (4, 'S3', 'zeta', NULL, NULL);
INSERT INTO devices VALUES (5, 'S4', 'zeta', 'm5', 't5'), (6, NULL, 'zeta', 'm6', 't6');
