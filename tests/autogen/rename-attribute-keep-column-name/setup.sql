CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    website varchar(255),
    active boolean NOT NULL DEFAULT true
);
INSERT INTO vendors (name, website) VALUES ('Acme Supplies', 'https://acme.example'), ('Globex', NULL), ('Initech', 'https://initech.example');
