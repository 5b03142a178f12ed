CREATE TABLE slots (id int PRIMARY KEY, label text);
INSERT INTO slots VALUES (1, 'a'), (2, 'b');
