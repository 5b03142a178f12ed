CREATE TABLE audit (id serial PRIMARY KEY, action text NOT NULL);
