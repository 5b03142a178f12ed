CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name varchar(200)
);
INSERT INTO vendors (name) VALUES ('Acme Corp'), ('Globex'), (NULL), ('Initech');
