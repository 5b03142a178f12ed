CREATE TABLE ownership (user_name text, project text);
INSERT INTO ownership SELECT u.name, p.title FROM users u FULL OUTER JOIN projects p ON p.owner_id = u.id ORDER BY u.name NULLS LAST, p.title;
