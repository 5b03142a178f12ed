CREATE SCHEMA billing;
SET search_path TO billing, public;
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id), total numeric(10,2) NOT NULL);
INSERT INTO invoices SELECT id * 100, id, id * 9.99 FROM customers;
CREATE TABLE customers (id integer PRIMARY KEY, vat_id text);
INSERT INTO customers VALUES (1, 'DE123');
SELECT i.id, c.vat_id FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id ORDER BY i.id;
RESET search_path;
SELECT count(*) FROM customers;
