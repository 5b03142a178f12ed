ALTER TABLE orders ADD COLUMN year int;
UPDATE orders SET year = (regexp_matches(ref, '-(\d{4})-'))[1]::int;
