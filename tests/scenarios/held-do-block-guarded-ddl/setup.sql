CREATE TABLE invoices (id serial PRIMARY KEY, number text NOT NULL, status text NOT NULL DEFAULT 'open');
INSERT INTO invoices (number, status) VALUES ('INV-1', 'open'), ('INV-2', 'PAID'), ('INV-3', 'void');
