CREATE TABLE post_tags (post_id integer NOT NULL, tag_id integer NOT NULL, PRIMARY KEY (post_id, tag_id));
INSERT INTO post_tags VALUES (1, 2);
CREATE TABLE keep (id serial PRIMARY KEY);
