DELETE FROM tasks WHERE prio < 'medium';
UPDATE tasks SET title = title || ' [' || prio || ']' WHERE prio >= 'medium';
ALTER TABLE tasks ALTER COLUMN prio_text TYPE priority USING prio_text::priority;
ALTER TABLE tasks ALTER COLUMN prio TYPE text;
