ALTER TABLE files ADD COLUMN payload bytea, ADD COLUMN device macaddr;
UPDATE files SET payload = '\x4142', device = '08:00:2b:01:02:03' WHERE name = 'a';
SELECT payload::text AS t, device::text AS d, payload::varchar(3) AS v FROM files;
SELECT payload IS NULL AS z, coalesce(payload, '\x00') AS c FROM files;
SELECT payload || 'x'::text AS t, device = '8:0:2b:1:2:3' AS same FROM files;
UPDATE files SET name = name || '!' WHERE payload < '\x4143' AND device <> '08:00:2b:01:02:04';
SELECT length(payload) AS n FROM files;
