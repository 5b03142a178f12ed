CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
CREATE TABLE pets (
    id serial PRIMARY KEY,
    tag varchar(20) NOT NULL UNIQUE,
    name varchar(50)
);
INSERT INTO pets (tag, name) VALUES ('T1', 'rex'), ('T2', NULL);
