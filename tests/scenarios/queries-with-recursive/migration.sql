CREATE TABLE chain (user_id integer, depth integer, path text);
INSERT INTO chain WITH RECURSIVE tree(id, depth, path) AS (SELECT id, 0, name FROM users WHERE manager_id IS NULL UNION ALL SELECT u.id, t.depth + 1, t.path || '/' || u.name FROM users u JOIN tree t ON u.manager_id = t.id) SELECT * FROM tree ORDER BY path;
CREATE TABLE numbers (n integer);
INSERT INTO numbers WITH RECURSIVE r(n) AS (VALUES (1) UNION SELECT n % 4 + 1 FROM r) SELECT n FROM r;
