CREATE TABLE tags (id integer PRIMARY KEY, name text);
CREATE INDEX ix_tags_name ON tags (name);
INSERT INTO tags VALUES (1, 'a');
