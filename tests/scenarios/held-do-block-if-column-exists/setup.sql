CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric(10,2) NOT NULL, paid boolean DEFAULT false);
INSERT INTO invoices VALUES (1, 10.00, true), (2, 25.50, false);
