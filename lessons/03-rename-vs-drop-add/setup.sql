CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name varchar(200),
    website varchar(200)
);
INSERT INTO vendors (name, website) VALUES
    ('Acme Corp', 'acme.test'), ('Globex', NULL), (NULL, 'nameless.test'), ('Initech', 'initech.test');
