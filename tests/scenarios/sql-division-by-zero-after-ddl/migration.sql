CREATE TABLE campaign_stats (campaign_id integer PRIMARY KEY, ctr_pct integer);
INSERT INTO campaign_stats SELECT id, 0 FROM campaigns;
ALTER TABLE campaigns ADD COLUMN ctr_pct integer;
UPDATE campaigns SET ctr_pct = clicks * 100 / impressions WHERE impressions > 0;
UPDATE campaigns SET ctr_pct = clicks * 100 / impressions;
