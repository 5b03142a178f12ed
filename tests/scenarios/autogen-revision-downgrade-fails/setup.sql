CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL,
    name text NOT NULL,
    CONSTRAINT uq_products_sku UNIQUE (sku)
);
INSERT INTO products (sku, name) VALUES ('KB-1', 'Keyboard'), ('MS-1', 'Mouse'), ('MN-1', 'Monitor');
