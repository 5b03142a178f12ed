CREATE TABLE customers (id serial PRIMARY KEY, name text);
INSERT INTO customers (name) VALUES ('ada'), ('grace');
CREATE SEQUENCE invoice_no;
