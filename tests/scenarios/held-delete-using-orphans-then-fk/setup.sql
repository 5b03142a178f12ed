CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL, deleted_at timestamp);
CREATE TABLE comments (id integer PRIMARY KEY, post_id integer NOT NULL, body text NOT NULL);
INSERT INTO posts VALUES (1, 'Hello', NULL), (2, 'Old', '2023-05-01'), (3, 'New', NULL);
INSERT INTO comments VALUES (1, 1, 'hi'), (2, 2, 'stale'), (3, 9, 'orphan'), (4, 3, 'ok'), (5, 2, 'stale too');
