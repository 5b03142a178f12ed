CREATE TABLE authors (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO authors (name) VALUES ('Le Guin'), ('Pratchett'), ('Jemisin');
