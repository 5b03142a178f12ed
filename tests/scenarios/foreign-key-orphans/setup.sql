CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name varchar(200)
);
INSERT INTO vendors (name) VALUES ('Acme Corp'), ('Globex'), (NULL), ('Initech');
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    vendor_id integer,
    amount numeric(10, 2) NOT NULL
);
INSERT INTO invoices (vendor_id, amount) VALUES (1, 120.00), (2, 75.50), (NULL, 10.00), (99, 42.00);
