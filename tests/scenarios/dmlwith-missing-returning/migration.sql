WITH gone AS (DELETE FROM posts WHERE status = 'draft') INSERT INTO archived_posts (id) SELECT id FROM gone;
