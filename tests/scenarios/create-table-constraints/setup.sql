CREATE TABLE warehouses (id serial PRIMARY KEY, city varchar(100) NOT NULL);
INSERT INTO warehouses (city) VALUES ('Berlin'), ('Lisbon'), ('Oslo');
