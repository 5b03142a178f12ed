CREATE TABLE members (
    id serial PRIMARY KEY,
    handle varchar(50) NOT NULL
);
INSERT INTO members (handle) VALUES ('ada'), ('bob'), ('cy');
