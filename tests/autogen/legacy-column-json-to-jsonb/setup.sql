CREATE TABLE products (
    id serial PRIMARY KEY,
    attributes json
);
INSERT INTO products (attributes) VALUES ('{"a": 1}'), (NULL);
