CREATE TABLE archived_posts (id integer, body text);
WITH gone AS (DELETE FROM posts WHERE status = 'draft' RETURNING id, body) INSERT INTO archived_posts SELECT id, body FROM gone;
