CREATE TABLE posts (id integer PRIMARY KEY, slug text UNIQUE);
INSERT INTO posts VALUES (1, 'a-very-long-slug-for-a-blog-post-that-goes-well-beyond-sixty-four-characters-in-length');
