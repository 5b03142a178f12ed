ALTER TABLE t ADD COLUMN label text;
UPDATE t SET label = format('%s-%s', id, status);
ALTER TABLE t ADD COLUMN note text NOT NULL;
