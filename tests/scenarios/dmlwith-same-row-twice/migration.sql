WITH first AS (UPDATE posts SET body = 'from the WITH query' WHERE author = 'ann') UPDATE posts SET body = 'from the main statement' WHERE id <= 2;
WITH touch AS (UPDATE posts SET status = 'touched'), drop_drafts AS (DELETE FROM posts WHERE status = 'draft') SELECT 1;
