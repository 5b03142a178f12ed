CREATE TABLE inventory (sku text PRIMARY KEY, qty integer NOT NULL CHECK (qty >= 0), active boolean NOT NULL DEFAULT true, last_seen date);
CREATE TABLE incoming (sku text, delta integer, seen date);
INSERT INTO inventory VALUES ('A', 5, true, '2024-01-01'), ('B', 2, false, '2024-01-01');
INSERT INTO incoming VALUES ('A', 3, '2024-02-01'), ('B', 10, '2024-02-02'), ('C', 1, '2024-02-03');
