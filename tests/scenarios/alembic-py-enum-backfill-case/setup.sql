CREATE TABLE accounts (id serial PRIMARY KEY, email text, plan text, seats integer NOT NULL DEFAULT 1);
INSERT INTO accounts (email, plan, seats) VALUES ('A@x.io', 'free', 1), ('b@x.io', NULL, 12), ('c@x.io', 'team', 3);
