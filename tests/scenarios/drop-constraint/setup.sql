CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name varchar(200)
);
INSERT INTO vendors (name) VALUES ('Acme Corp'), ('Globex'), (NULL), ('Initech');
ALTER TABLE vendors ADD CONSTRAINT uq_vendors_name UNIQUE (name);
