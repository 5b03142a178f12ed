CREATE TABLE prices (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    amount numeric
);
INSERT INTO prices (label, amount) VALUES ('a', 1.23456), ('b', 100);
