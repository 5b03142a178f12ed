CREATE TABLE items (id integer PRIMARY KEY, sku text, price integer);
CREATE INDEX items_sku_idx ON items (price);
CREATE TABLE items_price_idx (x integer);
INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20);
