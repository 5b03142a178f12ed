CREATE TABLE books (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL,
    isbn varchar(13)
);
INSERT INTO books (title, isbn) VALUES ('Dune', '9780441013593'), ('Emma', NULL);
