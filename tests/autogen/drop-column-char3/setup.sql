CREATE TABLE currencies (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    code char(3) NOT NULL
);
INSERT INTO currencies (label, code) VALUES ('euro', 'EUR'), ('dollar', 'USD');
