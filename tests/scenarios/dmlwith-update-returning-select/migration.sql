WITH moved AS (UPDATE posts SET status = 'archived' WHERE status = 'draft' RETURNING id, status) SELECT (SELECT count(*) FROM posts WHERE status = 'archived') AS seen_in_table, (SELECT count(*) FROM moved) AS returned;
SELECT count(*) FROM posts WHERE status = 'archived';
