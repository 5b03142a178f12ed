WITH gone AS (DELETE FROM posts RETURNING *) INSERT INTO archived_posts (id, author, body) SELECT id, author, body FROM gone;
DELETE FROM archived_posts RETURNING id;
