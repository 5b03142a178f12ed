CREATE TABLE warehouses (region text, code integer, name text, PRIMARY KEY (region, code));
INSERT INTO warehouses VALUES ('eu', 1, 'Berlin'), ('eu', 2, 'Paris'), ('us', 1, 'Austin');
CREATE TABLE stock (id integer PRIMARY KEY, region text, code integer, qty integer);
INSERT INTO stock VALUES (1, 'eu', 1, 5), (2, 'us', NULL, 3), (3, NULL, 9, 1);
