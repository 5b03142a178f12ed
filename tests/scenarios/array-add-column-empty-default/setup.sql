CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL
);
INSERT INTO users (email) VALUES ('ada@example.com'), ('grace@example.com'), ('alan@example.com');
