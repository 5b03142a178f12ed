ALTER TABLE forums ADD COLUMN thread_count integer NOT NULL DEFAULT 0, ADD COLUMN reply_count integer NOT NULL DEFAULT 0, ADD COLUMN last_activity date;
UPDATE forums f
   SET thread_count = s.n, reply_count = s.replies, last_activity = s.last_post
  FROM (SELECT forum_id, count(*) AS n, sum(replies) AS replies, max(last_post) AS last_post FROM threads GROUP BY forum_id) s
 WHERE s.forum_id = f.id;
SELECT id, thread_count, reply_count, last_activity FROM forums ORDER BY id;
