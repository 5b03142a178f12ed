CREATE TABLE orders (id serial PRIMARY KEY, total numeric(10, 2));
