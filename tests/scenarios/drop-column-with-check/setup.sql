CREATE TABLE products (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    price numeric(10, 2) NOT NULL CHECK (price > 0),
    sale_price numeric(10, 2),
    stock integer NOT NULL DEFAULT 0,
    CONSTRAINT ck_products_sale_below_price CHECK (sale_price IS NULL OR sale_price < price),
    CONSTRAINT ck_products_stock_nonneg CHECK (stock >= 0)
);
INSERT INTO products (name, price, sale_price, stock) VALUES
    ('Keyboard', 49.99, NULL, 10),
    ('Mouse', 19.99, 14.99, 25),
    ('Monitor', 199.00, 179.00, 3);
