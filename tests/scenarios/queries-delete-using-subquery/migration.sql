DELETE FROM posts USING (SELECT id FROM users WHERE email IS NULL) AS quiet, (VALUES ('submitted')) AS s(status) WHERE posts.user_id = quiet.id AND posts.status = s.status;
DELETE FROM projects p USING users u RIGHT JOIN users m ON m.id = u.manager_id WHERE p.owner_id = m.id AND u.id IS NULL;
