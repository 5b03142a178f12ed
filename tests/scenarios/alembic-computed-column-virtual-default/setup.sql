CREATE TABLE line_items (id serial PRIMARY KEY, qty integer NOT NULL, unit_price numeric(10, 2) NOT NULL);
INSERT INTO line_items (qty, unit_price) VALUES (2, 9.99);
