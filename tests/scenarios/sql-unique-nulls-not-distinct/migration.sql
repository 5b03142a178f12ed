ALTER TABLE devices ADD CONSTRAINT uq_devices_serial UNIQUE (serial);
INSERT INTO devices VALUES (4, NULL, 'y');
ALTER TABLE devices ADD CONSTRAINT uq_devices_serial_vendor UNIQUE (serial, vendor);
INSERT INTO devices VALUES (5, 'S2', NULL), (6, 'S3', NULL);
ALTER TABLE devices ADD CONSTRAINT uq_devices_vendor_nnd UNIQUE NULLS NOT DISTINCT (vendor);
