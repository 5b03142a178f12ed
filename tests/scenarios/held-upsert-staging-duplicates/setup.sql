CREATE TABLE prices (sku text PRIMARY KEY, price numeric(8,2) NOT NULL, updated date NOT NULL);
CREATE TABLE staging (sku text, price numeric(8,2), updated date);
INSERT INTO prices VALUES ('A', 1.00, '2024-01-01');
INSERT INTO staging VALUES ('A', 1.10, '2024-02-01'), ('B', 2.00, '2024-02-01'), ('B', 2.20, '2024-02-03');
