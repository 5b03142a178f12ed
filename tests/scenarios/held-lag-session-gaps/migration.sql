UPDATE page_views pv SET session_no = s.session_no
FROM (
  SELECT id, sum(CASE WHEN gap IS NULL OR gap > interval '30 minutes' THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY viewed_at, id) AS session_no
  FROM (SELECT id, user_id, viewed_at, viewed_at - lag(viewed_at) OVER (PARTITION BY user_id ORDER BY viewed_at, id) AS gap FROM page_views) g
) s
WHERE s.id = pv.id;
ALTER TABLE page_views ALTER COLUMN session_no SET NOT NULL;
SELECT user_id, max(session_no), string_agg(id::text, ',' ORDER BY id) FROM page_views GROUP BY user_id ORDER BY user_id;
