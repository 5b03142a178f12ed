CREATE TABLE tickets (
    id serial PRIMARY KEY,
    subject varchar(100) NOT NULL
);
INSERT INTO tickets (subject) VALUES ('help'), ('bug');
