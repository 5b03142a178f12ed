CREATE INDEX posts_tags_gin ON posts USING gin (tags);
CREATE UNIQUE INDEX posts_grid_key ON posts (grid);
UPDATE posts SET tags = array_append(tags, 'new') WHERE cardinality(tags) < 2;
UPDATE posts SET legacy = ARRAY[array_length(grid, 1), cardinality(grid)] WHERE grid <> '{}';
ALTER TABLE posts ADD COLUMN scores numeric(4,1)[] DEFAULT '{1.25,NULL}' NOT NULL;
ALTER TABLE posts ALTER COLUMN codes TYPE varchar(1)[] USING codes::varchar(1)[];
CREATE INDEX posts_grid_gist ON posts USING gist (grid);
