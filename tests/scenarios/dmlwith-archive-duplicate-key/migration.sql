WITH gone AS (DELETE FROM posts WHERE status = 'draft' RETURNING id, author, body) INSERT INTO archived_posts (id, author, body) SELECT id, author, body FROM gone;
