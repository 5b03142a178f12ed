CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL, status varchar(20));
INSERT INTO posts VALUES (1, 'draft one', NULL), (2, 'live', 'published'), (3, 'another', NULL);
