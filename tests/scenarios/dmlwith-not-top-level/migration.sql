INSERT INTO archived_posts (id) SELECT id FROM (WITH gone AS (DELETE FROM posts RETURNING id) SELECT id FROM gone) s;
