CREATE TABLE comments (id integer PRIMARY KEY, body text, tag varchar(20));
INSERT INTO comments VALUES (1, 'short', 'a'), (2, 'this comment body is longer than twenty characters', 'b   ');
