ALTER TABLE users ADD COLUMN last_body text;
UPDATE users SET last_body = p.body FROM posts p WHERE p.user_id = users.id;
