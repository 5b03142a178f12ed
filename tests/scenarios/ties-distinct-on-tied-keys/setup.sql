CREATE TABLE readings (id integer, sensor integer, taken date, value integer);
INSERT INTO readings SELECT g, g % 5, date '2026-01-01' + (g % 2), g * 3 FROM generate_series(1, 45) g;
CREATE TABLE latest (sensor integer, id integer, value integer);
