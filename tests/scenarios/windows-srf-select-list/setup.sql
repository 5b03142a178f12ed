CREATE TABLE posts (id integer PRIMARY KEY, tags text[]);
INSERT INTO posts VALUES (1, '{red,green}'), (2, '{}'), (3, NULL), (4, '{blue}');
CREATE TABLE post_tags (post integer, tag text, n integer);
