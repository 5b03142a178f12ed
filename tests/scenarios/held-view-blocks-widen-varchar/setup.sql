CREATE TABLE customers (id integer PRIMARY KEY, email varchar(64) NOT NULL, country char(2));
CREATE VIEW marketing_list AS SELECT email FROM customers WHERE country = 'DE';
INSERT INTO customers VALUES (1, 'a@example.de', 'DE'), (2, 'b@example.fr', 'FR');
