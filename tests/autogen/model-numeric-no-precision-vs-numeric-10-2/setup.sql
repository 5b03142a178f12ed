CREATE TABLE prices (
    id serial PRIMARY KEY,
    amount numeric(10, 2) NOT NULL
);
INSERT INTO prices (amount) VALUES (1.50), (99.99);
