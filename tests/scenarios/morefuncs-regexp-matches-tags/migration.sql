CREATE TABLE post_tags (post_id int NOT NULL, tag text NOT NULL);
INSERT INTO post_tags (post_id, tag) SELECT id, lower((regexp_matches(body, '#([A-Za-z0-9]+)', 'g'))[1]) FROM posts;
ALTER TABLE posts ADD COLUMN first_word text;
UPDATE posts SET first_word = (SELECT m[1] FROM regexp_matches(posts.body, '^([a-z]+)') AS m);
