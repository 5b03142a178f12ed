CREATE TABLE audit (id integer PRIMARY KEY, action text NOT NULL);
