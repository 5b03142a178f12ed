ALTER TABLE metrics ADD COLUMN bucket varchar(10);
UPDATE metrics SET bucket = CASE
    WHEN price IS NULL THEN 'unknown'
    WHEN price BETWEEN 0 AND 1 THEN 'cheap'
    WHEN price < 50 THEN 'mid'
    ELSE 'premium'
END;
UPDATE metrics SET note = CASE a WHEN 7 THEN 'seven' WHEN -7 THEN 'minus seven' END WHERE name IN ('alpha', 'beta', 'zeta');
DELETE FROM metrics WHERE a NOT IN (7, -7, 10) AND b NOT BETWEEN 5 AND 10;
UPDATE metrics SET b = b + 1 WHERE a BETWEEN 5 AND 8 OR name NOT IN ('alpha', NULL);
