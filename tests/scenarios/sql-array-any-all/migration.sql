UPDATE tickets SET priority = 5 WHERE 'bug' = ANY (labels);
DELETE FROM tickets WHERE 'ui' <> ALL (labels) AND priority = ANY (ARRAY[2, 9]);
ALTER TABLE tickets ADD CONSTRAINT tickets_priority_check CHECK (priority = ANY (ARRAY[1, 2, 3, 5]));
ALTER TABLE tickets ADD CONSTRAINT tickets_name_check CHECK (name = ANY ('{a,b,c}'));
ALTER TABLE tickets ADD CONSTRAINT tickets_not_nine CHECK (priority <> ALL ('{9}'));
INSERT INTO tickets (name, priority) VALUES ('d', 4);
