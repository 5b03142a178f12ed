ALTER TABLE stock ADD FOREIGN KEY (region, code) REFERENCES warehouses (region, code) ON DELETE CASCADE;
INSERT INTO stock VALUES (4, 'us', 7, 1), (5, 'xx', NULL, 2);
DELETE FROM warehouses WHERE region = 'eu' AND code = 1;
INSERT INTO stock VALUES (6, 'us', 2, 1);
