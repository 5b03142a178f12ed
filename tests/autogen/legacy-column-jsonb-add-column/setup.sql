CREATE TABLE products (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO products (name) VALUES ('chair'), ('desk');
