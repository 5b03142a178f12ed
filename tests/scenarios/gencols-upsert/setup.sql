CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL, low bool GENERATED ALWAYS AS (qty < 5) VIRTUAL);
INSERT INTO stock (sku, qty) VALUES ('a', 10), ('b', 2);
