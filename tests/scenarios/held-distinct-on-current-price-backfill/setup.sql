CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE price_history (product_id integer NOT NULL REFERENCES products (id), price numeric(8,2) NOT NULL, valid_from date NOT NULL);
INSERT INTO products VALUES (1, 'kettle'), (2, 'toaster'), (3, 'fridge');
INSERT INTO price_history VALUES (1, 19.99, '2023-01-01'), (1, 24.99, '2024-01-01'), (2, 35.00, '2023-06-01'), (1, 22.50, '2023-07-01');
