ALTER TABLE files ADD COLUMN label text, ADD COLUMN exact_label text;
UPDATE files SET label = pg_size_pretty(bytes), exact_label = pg_size_pretty(exact);
ALTER TABLE files ADD CONSTRAINT label_units CHECK (label ~ ' (bytes|kB|MB)$');
