CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL UNIQUE,
    name text NOT NULL,
    CONSTRAINT uq_products_name_lower UNIQUE (name)
);
INSERT INTO products (sku, name) VALUES ('KB-1', 'Keyboard'), ('MS-1', 'Mouse'), ('MN-1', 'Monitor');
