ALTER TABLE names ADD COLUMN pid varchar(255);
UPDATE names SET pid = pids.value FROM pids WHERE names.id = pids.object_id AND pids.kind = 'names';
ALTER TABLE names ADD CONSTRAINT uq_names_pid UNIQUE (pid);
UPDATE names SET label = 'x' FROM pids WHERE id = pids.object_id;
