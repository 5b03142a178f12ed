INSERT INTO accounts (name, n) VALUES (1, 2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING n;
