CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL);
INSERT INTO accounts (email) VALUES ('Ada@Example.com');
