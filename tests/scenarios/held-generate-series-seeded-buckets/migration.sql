ALTER TABLE measurements ADD COLUMN level text;
UPDATE measurements SET level = CASE WHEN value >= 30 THEN 'high' WHEN value >= 10 THEN 'mid' ELSE 'low' END;
CREATE TABLE daily_stats AS
SELECT sensor, taken::date AS day, count(*) AS n, round(avg(value), 2) AS mean, max(value) AS peak
  FROM measurements GROUP BY sensor, taken::date;
ALTER TABLE daily_stats ADD PRIMARY KEY (sensor, day);
SELECT level, count(*) FROM measurements GROUP BY level ORDER BY level;
SELECT * FROM daily_stats ORDER BY day, sensor LIMIT 5;
CREATE INDEX measurements_high ON measurements (sensor, taken) WHERE level = 'high';
