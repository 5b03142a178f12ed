CREATE TYPE task_status AS ENUM ('todo', 'doing', 'done');
ALTER TABLE tasks ADD COLUMN status task_status NOT NULL DEFAULT 'todo';
UPDATE tasks SET status = 'done' WHERE title = 'Write spec';
UPDATE tasks SET status = 'in_progress' WHERE title = 'Review PR';
