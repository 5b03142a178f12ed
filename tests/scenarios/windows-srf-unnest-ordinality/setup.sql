CREATE TABLE tags (post integer, tag text, pos bigint, score integer);
CREATE TABLE posts (id integer PRIMARY KEY, tags text[]);
INSERT INTO posts VALUES (1, '{a,b,c}'), (2, '{}'), (3, NULL);
