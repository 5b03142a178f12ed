CREATE TABLE vendors (id int PRIMARY KEY, name text);
INSERT INTO vendors VALUES (1, 'a'), (2, 'b');
