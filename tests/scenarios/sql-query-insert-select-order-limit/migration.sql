CREATE TABLE featured (id serial PRIMARY KEY, user_id integer, name text);
INSERT INTO featured (user_id, name) SELECT id, name FROM users ORDER BY name DESC LIMIT 2 OFFSET 1;
INSERT INTO featured (user_id, name) SELECT id, upper(name) FROM users u WHERE (SELECT count(*) FROM posts WHERE posts.user_id = u.id) > 0 ORDER BY id;
