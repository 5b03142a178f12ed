CREATE TABLE authors (id serial PRIMARY KEY, name varchar(100) NOT NULL);
INSERT INTO authors (name) VALUES ('Ursula K. Le Guin'), ('Terry Pratchett'), ('Octavia Butler');
CREATE TABLE books (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    title text NOT NULL
);
INSERT INTO books (author_id, title) VALUES (1, 'The Dispossessed'), (2, 'Mort'), (3, 'Kindred');
