CREATE TABLE customers (
    id integer PRIMARY KEY,
    name varchar(40)
);
CREATE TABLE customers_archive (
    id integer PRIMARY KEY,
    name varchar(40)
);
INSERT INTO customers VALUES (1, 'Ada'), (2, NULL);
