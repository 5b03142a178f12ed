CREATE TABLE prices (id integer PRIMARY KEY, price numeric(10, 2) NOT NULL, raw numeric, qty integer NOT NULL, ratio real, whole integer);
INSERT INTO prices VALUES (1, 19.99, 19.99, 3, 0.5, 0), (2, 0.05, 0.05, 7, 1.25, 0), (3, 1234.45, 1234.45, 1, 0.1, 0), (4, 2.50, 2.5, 2, 3, 0);
