INSERT INTO latest SELECT DISTINCT ON (sensor) sensor, id, value FROM readings ORDER BY sensor, taken DESC;
