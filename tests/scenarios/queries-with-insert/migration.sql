CREATE TABLE author_stats (user_id integer, posts bigint);
WITH counts AS (SELECT user_id, count(*) AS n FROM posts GROUP BY user_id), known AS MATERIALIZED (SELECT c.user_id, c.n FROM counts c JOIN users u ON u.id = c.user_id) INSERT INTO author_stats SELECT user_id, n FROM known ORDER BY user_id;
INSERT INTO author_stats WITH lonely AS NOT MATERIALIZED (SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM posts WHERE user_id IS NOT NULL)) SELECT id, 0 FROM lonely ORDER BY id;
