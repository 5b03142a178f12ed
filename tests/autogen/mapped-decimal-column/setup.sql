CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(32) NOT NULL,
    price numeric(10, 2) NOT NULL,
    weight_kg numeric(6, 3)
);
INSERT INTO products (sku, price, weight_kg) VALUES ('A-100', 19.99, 0.250), ('B-200', 5.00, NULL), ('C-300', 1250.50, 12.000);
