CREATE TABLE hosts (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO hosts (name) VALUES ('web'), ('db'), ('cache');
