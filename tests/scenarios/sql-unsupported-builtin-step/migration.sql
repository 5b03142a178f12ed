ALTER TABLE t ADD COLUMN label text;
UPDATE t SET label = pg_column_size(status);
ALTER TABLE t ADD COLUMN note text NOT NULL;
