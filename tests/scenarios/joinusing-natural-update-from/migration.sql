ALTER TABLE posts ADD COLUMN author text;
UPDATE posts SET author = name FROM (SELECT id AS user_id, name FROM users) u NATURAL JOIN (SELECT DISTINCT user_id, status FROM posts) p WHERE posts.user_id = u.user_id AND posts.status = p.status;
