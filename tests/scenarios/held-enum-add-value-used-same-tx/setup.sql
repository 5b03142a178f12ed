CREATE TYPE order_status AS ENUM ('pending', 'shipped', 'cancelled');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending', archived boolean NOT NULL DEFAULT false);
INSERT INTO orders VALUES (1, 'pending', false), (2, 'shipped', true), (3, 'cancelled', true);
