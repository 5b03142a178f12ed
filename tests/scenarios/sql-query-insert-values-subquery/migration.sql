INSERT INTO projects (title, owner_id) VALUES ('delta', (SELECT id FROM users WHERE name = 'bob')), ('eps', (SELECT max(id) FROM users));
