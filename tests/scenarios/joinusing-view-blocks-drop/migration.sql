CREATE VIEW post_authors AS SELECT body, name FROM posts NATURAL JOIN (SELECT id AS user_id, name FROM users) u;
ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE posts DROP COLUMN status;
ALTER TABLE posts DROP COLUMN user_id;
