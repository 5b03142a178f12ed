CREATE TABLE customers (
    id serial PRIMARY KEY,
    full_name varchar(50) NOT NULL
);
INSERT INTO customers (full_name) VALUES ('Ann Lee'), ('Bo Diddley');
