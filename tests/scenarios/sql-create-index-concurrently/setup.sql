CREATE TABLE customers (id serial PRIMARY KEY, name varchar(100) NOT NULL);
INSERT INTO customers (name) VALUES ('Acme Corp'), ('Globex');
