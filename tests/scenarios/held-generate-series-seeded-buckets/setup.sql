CREATE TABLE measurements (id integer PRIMARY KEY, sensor text NOT NULL, taken timestamp NOT NULL, value numeric(6,2) NOT NULL);
INSERT INTO measurements
SELECT g, 'sensor-' || (g % 3), timestamp '2024-01-01' + g * interval '7 hours', round((g * 37 % 100) / 3.0, 2)
  FROM generate_series(1, 120) AS g;
