CREATE TABLE invoices (id serial PRIMARY KEY, customer_reference_number text);
INSERT INTO invoices (customer_reference_number) VALUES ('A'), ('B');
