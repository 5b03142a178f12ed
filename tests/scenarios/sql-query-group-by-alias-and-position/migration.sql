CREATE TABLE by_region (region text, customers bigint, names text);
INSERT INTO by_region SELECT coalesce(region, 'unknown') AS r, count(*), string_agg(name, ',' ORDER BY name) FROM customers GROUP BY r ORDER BY 1;
CREATE TABLE by_qty (qty integer, n bigint);
INSERT INTO by_qty SELECT qty, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC, 1;
