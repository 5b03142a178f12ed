CREATE TABLE contacts (label text, kind text);
INSERT INTO contacts SELECT name, 'user' FROM users UNION SELECT title, 'project' FROM projects UNION SELECT name, 'user' FROM users ORDER BY 2, 1;
INSERT INTO contacts SELECT email, 'email' FROM users WHERE email IS NOT NULL UNION ALL SELECT 'extra@example.com', 'email' ORDER BY 1 DESC LIMIT 3;
