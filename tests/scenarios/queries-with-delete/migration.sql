WITH orphans AS (SELECT id FROM posts WHERE user_id NOT IN (SELECT id FROM users)) DELETE FROM posts WHERE id IN (SELECT id FROM orphans);
