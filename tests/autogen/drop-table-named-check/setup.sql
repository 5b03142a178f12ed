CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
CREATE TABLE pets (
    id serial PRIMARY KEY,
    age integer NOT NULL,
    CONSTRAINT pets_age_positive CHECK (age >= 0)
);
INSERT INTO pets (age) VALUES (1), (7);
