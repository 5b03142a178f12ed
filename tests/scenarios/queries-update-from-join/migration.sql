ALTER TABLE projects ADD COLUMN owner_email text;
UPDATE projects SET owner_email = u.email || ' via ' || m.name FROM users u JOIN users m ON m.id = u.manager_id WHERE projects.owner_id = u.id;
