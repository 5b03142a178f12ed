CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
INSERT INTO customers (name) VALUES ('Ada'), ('Grace'), ('Alan');
CREATE TABLE orders (id serial PRIMARY KEY, customer text NOT NULL, amount numeric(8,2) NOT NULL);
INSERT INTO orders (customer, amount) VALUES ('Ada', 10), ('Grace', 20.5), ('ada', 3), ('Alan', 7), ('Linus', 1);
