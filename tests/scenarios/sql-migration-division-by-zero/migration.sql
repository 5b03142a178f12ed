ALTER TABLE campaigns ADD COLUMN ctr numeric(6, 4);
UPDATE campaigns SET ctr = clicks::numeric / impressions;
ALTER TABLE campaigns ALTER COLUMN ctr SET NOT NULL;
