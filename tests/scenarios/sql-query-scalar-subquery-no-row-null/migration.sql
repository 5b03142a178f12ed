UPDATE projects SET owner_id = (SELECT id FROM users WHERE name = 'root') WHERE owner_id IS NULL;
ALTER TABLE projects ALTER COLUMN owner_id SET NOT NULL;
