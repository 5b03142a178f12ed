CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price_cents integer NOT NULL);
CREATE TABLE price_change_batches (id serial PRIMARY KEY, rows_changed integer NOT NULL, total_delta bigint NOT NULL);
INSERT INTO products VALUES (1, 'pen', 150), (2, 'pad', 420), (3, 'ink', 999);
