CREATE TABLE tokens (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO tokens VALUES (1, 'one');
