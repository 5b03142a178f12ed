CREATE TABLE warehouses (region text, code integer, PRIMARY KEY (region, code));
INSERT INTO warehouses VALUES ('eu', 1), ('us', 1);
CREATE TABLE stock (id integer PRIMARY KEY, region text, code integer);
INSERT INTO stock VALUES (1, 'eu', 1), (2, 'us', 2), (3, 'eu', NULL);
