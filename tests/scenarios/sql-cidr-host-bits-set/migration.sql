ALTER TABLE hosts ADD COLUMN subnet cidr;
UPDATE hosts SET subnet = '10.1.2.3/24' WHERE name = 'web';
