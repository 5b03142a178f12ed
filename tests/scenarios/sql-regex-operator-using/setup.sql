CREATE TABLE scores (id int PRIMARY KEY, score text);
INSERT INTO scores VALUES (1, '42'), (2, 'n/a'), (3, '7');
