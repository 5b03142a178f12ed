CREATE TABLE customers (id integer PRIMARY KEY, country text);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers, country text);
INSERT INTO customers VALUES (1, 'DE'), (2, 'FR'), (3, NULL);
INSERT INTO orders VALUES (10, 1, NULL), (11, 2, NULL), (12, 3, 'XX'), (13, NULL, NULL);
