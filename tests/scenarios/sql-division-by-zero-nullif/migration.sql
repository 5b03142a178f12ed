ALTER TABLE campaigns ADD COLUMN ctr numeric(6, 4);
UPDATE campaigns SET ctr = clicks::numeric / nullif(impressions, 0);
UPDATE campaigns SET ctr = 0 WHERE ctr IS NULL;
ALTER TABLE campaigns ALTER COLUMN ctr SET NOT NULL;
ALTER TABLE campaigns ADD COLUMN per_mille double precision;
UPDATE campaigns SET per_mille = clicks * 1000.0 / impressions WHERE impressions <> 0;
UPDATE campaigns SET per_mille = 1 / 0.0 WHERE impressions = 0;
