INSERT INTO archived_posts (id) SELECT id FROM (WITH gone AS (DELETE FROM posts RETURNING nosuch) SELECT id FROM gone) s;
