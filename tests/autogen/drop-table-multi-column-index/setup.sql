CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
CREATE TABLE pets (
    id serial PRIMARY KEY,
    species varchar(20) NOT NULL,
    name varchar(50) NOT NULL
);
CREATE INDEX ix_pets_species_name ON pets (species, name);
INSERT INTO pets (species, name) VALUES ('dog', 'rex'), ('cat', 'tom');
