CREATE TABLE products (id integer PRIMARY KEY, price numeric(8,2), stock integer);
INSERT INTO products VALUES (1, 9.99, 3), (2, 120.00, 0);

CREATE FUNCTION with_tax(cents integer) RETURNS integer LANGUAGE sql
  AS 'SELECT cents * 120 / 100';
