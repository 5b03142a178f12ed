ALTER TABLE users ADD COLUMN post_count integer;
UPDATE users SET post_count = (SELECT count(*) FROM posts p WHERE p.user_id = users.id);
ALTER TABLE users ADD COLUMN last_post text;
UPDATE users u SET last_post = (SELECT body FROM posts WHERE posts.user_id = u.id ORDER BY posts.id DESC LIMIT 1) WHERE EXISTS (SELECT 1 FROM posts WHERE user_id = u.id);
