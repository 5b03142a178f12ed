CREATE TABLE invoices (id int PRIMARY KEY, amount numeric(10,2), issued timestamp);
INSERT INTO invoices VALUES (1, 7.50, '2024-01-01 10:30:00'), (2, 3.00, '2024-02-01 00:00:00'), (3, 2.49, NULL);
