ALTER TABLE files ADD COLUMN payload bytea;
ALTER TABLE files ADD COLUMN checksum bytea NOT NULL DEFAULT '\x00ff';
ALTER TABLE files ADD COLUMN device macaddr;
UPDATE files SET payload = '\x48656C6C6F', device = '08-00-2B-01-02-03' WHERE name = 'a';
UPDATE files SET payload = 'esc\\aped\001', device = '0800.2b01.0204' WHERE name = 'b';
CREATE UNIQUE INDEX files_device_key ON files (device);
INSERT INTO files (name, payload, device) VALUES ('c', '\x 01 02', ' 8:0:2b:1:2:5 ');
INSERT INTO files (name, device) VALUES ('d', '08002b010203');
