CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, name text);
INSERT INTO accounts (email, name) VALUES ('Ada@Example.com', 'Ada'), ('bob@example.com', 'Bob'), ('ADA@example.COM', 'Ada again');
