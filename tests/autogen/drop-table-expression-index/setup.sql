CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
CREATE TABLE subscribers (
    id serial PRIMARY KEY,
    email varchar(120) NOT NULL
);
CREATE UNIQUE INDEX ix_subscribers_email_lower ON subscribers (lower(email));
INSERT INTO subscribers (email) VALUES ('A@x.org'), ('b@y.org');
