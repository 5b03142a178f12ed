CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
CREATE TABLE pets (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES owners (id) ON DELETE CASCADE
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
INSERT INTO pets (owner_id) VALUES (1), (2), (1);
