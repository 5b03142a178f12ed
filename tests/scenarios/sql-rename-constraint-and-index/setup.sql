CREATE TABLE accounts (id integer PRIMARY KEY, email text UNIQUE, age integer CHECK (age >= 0));
CREATE INDEX accounts_age_idx ON accounts (age);
INSERT INTO accounts VALUES (1, 'a@x', 30);
