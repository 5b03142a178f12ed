ALTER TABLE files ADD COLUMN device macaddr NOT NULL DEFAULT '08:00:2b:01:02:03';
UPDATE files SET device = '08:00:2b:01:02:100' WHERE name = 'b';
