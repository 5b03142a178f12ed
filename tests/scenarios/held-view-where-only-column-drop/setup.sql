CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL, is_deleted boolean NOT NULL DEFAULT false, deleted_at timestamp);
CREATE VIEW visible_posts AS SELECT id, title FROM posts WHERE NOT is_deleted;
INSERT INTO posts (id, title, is_deleted, deleted_at) VALUES (1, 'hello', false, NULL), (2, 'old', true, '2024-03-01 10:00');
