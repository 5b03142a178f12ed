UPDATE projects SET owner_id = (SELECT id FROM users WHERE email IS NOT NULL) WHERE owner_id IS NULL;
