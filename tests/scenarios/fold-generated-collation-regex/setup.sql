CREATE TABLE items (id int PRIMARY KEY, code text NOT NULL);
INSERT INTO items VALUES (1, 'A-1');
