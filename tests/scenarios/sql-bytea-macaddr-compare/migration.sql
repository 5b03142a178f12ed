ALTER TABLE files ADD COLUMN payload bytea, ADD COLUMN device macaddr;
UPDATE files SET payload = '\x4142', device = '08:00:2b:01:02:03' WHERE name = 'a';
UPDATE files SET payload = 'AB\000', device = '08:00:2b:01:02:04' WHERE name = 'b';
UPDATE files SET name = name || '!' WHERE payload = '\x4142';
UPDATE files SET name = name || '?' WHERE device > '08:00:2b:01:02:03' AND payload > 'AB';
ALTER TABLE files ADD CONSTRAINT files_payload_key UNIQUE (payload);
SELECT name, payload::text, device::text, payload = device::text::bytea FROM files;
UPDATE files SET payload = payload || '\x00' WHERE name = 'a!';
