INSERT INTO posts VALUES (2, 'a-very-long-slug-for-a-blog-post-that-goes-well-beyond-sixty-four-characters-in-length');
