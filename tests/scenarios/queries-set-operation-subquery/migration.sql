ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT false;
UPDATE users SET active = true WHERE id IN (SELECT user_id FROM posts UNION SELECT owner_id FROM projects);
UPDATE users SET email = coalesce(email, (SELECT 'n/a' UNION ALL SELECT 'other' LIMIT 1));
