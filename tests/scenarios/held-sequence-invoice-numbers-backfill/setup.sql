CREATE TABLE invoices (id integer PRIMARY KEY, issued date NOT NULL, total numeric(10,2) NOT NULL);
INSERT INTO invoices VALUES (3, '2024-02-01', 50), (1, '2024-01-05', 20), (2, '2024-01-20', 35.5);
