ALTER TABLE users ADD COLUMN post_count integer;
WITH counts AS (SELECT user_id, count(*) AS n FROM posts GROUP BY user_id) UPDATE users SET post_count = counts.n FROM counts WHERE counts.user_id = users.id;
WITH stale AS (SELECT id FROM projects WHERE owner_id IS NULL) UPDATE projects SET title = title || ' (orphaned)' WHERE id IN (SELECT id FROM stale);
