ALTER TABLE accounts ADD COLUMN tier text;
UPDATE accounts SET tier = coalesce(plan, 'free');
