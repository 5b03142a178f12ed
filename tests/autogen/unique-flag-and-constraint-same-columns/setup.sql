CREATE TABLE z (id serial PRIMARY KEY, email varchar(10));
INSERT INTO z (email) VALUES ('a@b');
