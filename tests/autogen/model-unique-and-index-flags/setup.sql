CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(50) NOT NULL
);
INSERT INTO users (email) VALUES ('a@x.org'), ('b@x.org');
