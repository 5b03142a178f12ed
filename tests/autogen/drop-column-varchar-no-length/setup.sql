CREATE TABLE notes (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    body varchar
);
INSERT INTO notes (label, body) VALUES ('a', 'hello'), ('b', NULL), ('c', 'world');
