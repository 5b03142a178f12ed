INSERT INTO page_views AS pv (path, day, hits)
SELECT path, at::date, count(*) FROM raw_hits GROUP BY path, at::date
ON CONFLICT ON CONSTRAINT page_views_pkey
DO UPDATE SET hits = pv.hits + EXCLUDED.hits
RETURNING path, day, hits;
