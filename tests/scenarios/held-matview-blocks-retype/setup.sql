CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL, price integer NOT NULL);
CREATE MATERIALIZED VIEW product_stats AS SELECT count(*) AS n, avg(price) AS avg_price, max(price) AS top FROM products;
INSERT INTO products (name, price) VALUES ('Lamp', 1999), ('Desk', 15000);
REFRESH MATERIALIZED VIEW product_stats;
