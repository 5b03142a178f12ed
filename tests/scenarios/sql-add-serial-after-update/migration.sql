UPDATE tasks SET title = 'Write spec v2' WHERE code = 'T-1';
ALTER TABLE tasks ADD COLUMN position serial;
