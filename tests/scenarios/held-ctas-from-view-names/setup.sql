CREATE TABLE customers (id integer PRIMARY KEY, name varchar(40) NOT NULL, country char(2), deleted boolean NOT NULL DEFAULT false);
CREATE VIEW live_customers AS SELECT id, name, country FROM customers WHERE NOT deleted;
INSERT INTO customers VALUES (1, 'Ada', 'GB', false), (2, 'Bob', 'US', true), (3, 'ada', 'GB', false), (4, 'Cy', NULL, false);
