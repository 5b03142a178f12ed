CREATE TABLE customers (id serial PRIMARY KEY, name varchar(100) NOT NULL);
CREATE INDEX ix_customers_name ON customers (name);
INSERT INTO customers (name) VALUES ('Acme Corp'), ('Globex');
