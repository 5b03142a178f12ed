CREATE TABLE price_history (sku text NOT NULL, price numeric(10,2) NOT NULL, valid_from date NOT NULL);
INSERT INTO price_history VALUES ('A1', 10.00, '2024-01-01'), ('A1', 12.50, '2024-03-01'), ('B2', 5.00, '2024-02-01'), ('B2', 4.75, '2023-12-01');
