CREATE TABLE readings (id integer PRIMARY KEY, sensor integer, v integer, amount numeric(8,2), score double precision);
INSERT INTO readings VALUES (1, 1, 10, 1.50, 0.5), (2, 1, 11, 2.25, 1.5), (3, 1, 11, 3.00, 2.0), (4, 1, 14, 0.75, NULL), (5, 2, NULL, NULL, 3.5), (6, 2, 3, 4.00, 'NaN'), (7, 2, 4, 5.50, 4.25), (8, 1, NULL, 1.00, -1);
