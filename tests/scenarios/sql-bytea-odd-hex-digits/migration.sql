ALTER TABLE files ADD COLUMN payload bytea;
UPDATE files SET payload = '\x414'  WHERE name = 'a';
