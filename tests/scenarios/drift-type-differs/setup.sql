-- the model says String(100) but production still has varchar(30)
CREATE TABLE customers (
    id serial PRIMARY KEY,
    company varchar(30) NOT NULL,
    phone varchar(20)
);
INSERT INTO customers (company, phone) VALUES ('Acme Corp', '+1 555 0100'), ('Globex', NULL), ('Initech', '+1 555 0199');
