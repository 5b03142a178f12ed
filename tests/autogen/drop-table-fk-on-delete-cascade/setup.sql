CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
CREATE TABLE pets (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    name varchar(50)
);
INSERT INTO pets (owner_id, name) VALUES (1, 'rex'), (2, 'tom'), (1, NULL);
