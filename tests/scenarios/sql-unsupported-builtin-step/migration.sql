ALTER TABLE t ADD COLUMN label text;
UPDATE t SET label = pg_size_pretty(id::bigint);
ALTER TABLE t ADD COLUMN note text NOT NULL;
