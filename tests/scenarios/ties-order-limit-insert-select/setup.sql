CREATE TABLE orders (id integer, priority integer, placed date);
INSERT INTO orders SELECT g, g % 3, date '2026-02-01' + (g % 4) FROM generate_series(1, 100) g;
CREATE TABLE picked (id integer, priority integer);
