-- first attempt, without aggregating the raw hits
INSERT INTO page_views AS pv (path, day, hits)
SELECT path, at::date, 1 FROM raw_hits
ON CONFLICT (path, day) DO UPDATE SET hits = pv.hits + 1;
