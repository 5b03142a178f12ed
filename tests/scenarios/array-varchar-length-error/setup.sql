CREATE TABLE products (
    id serial PRIMARY KEY,
    codes text[] NOT NULL
);
INSERT INTO products (codes) VALUES ('{A1,B2}'), ('{C3,"TOO-LONG-CODE"}'), ('{}');
