CREATE TABLE pairs (user_id integer, manager text, body text);
INSERT INTO pairs SELECT j.user_id, m.name, p.body FROM (SELECT id AS user_id, manager_id FROM users) u JOIN posts p USING (user_id) AS j JOIN users m ON m.id = u.manager_id ORDER BY 1, 3;
INSERT INTO pairs (user_id, body) SELECT id, body FROM posts a JOIN posts b USING (id);
