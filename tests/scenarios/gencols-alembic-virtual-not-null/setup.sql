CREATE TABLE accounts (id serial PRIMARY KEY, email text);
INSERT INTO accounts (email) VALUES ('A@x.io'), (NULL);
