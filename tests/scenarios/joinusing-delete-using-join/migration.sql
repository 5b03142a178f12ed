DELETE FROM posts USING users JOIN (VALUES (2, 'submitted'), (3, 'submitted')) v(id, status) USING (id) WHERE posts.user_id = users.id AND posts.status = v.status;
DELETE FROM projects USING (SELECT id AS owner_id, email FROM users) u NATURAL RIGHT JOIN (SELECT DISTINCT owner_id FROM projects) o WHERE projects.owner_id = o.owner_id AND u.owner_id IS NULL;
