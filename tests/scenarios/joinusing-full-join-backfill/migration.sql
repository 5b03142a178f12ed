CREATE TABLE owner_report (user_id bigint, name text, title text);
INSERT INTO owner_report SELECT * FROM (SELECT id AS user_id, name FROM users) u FULL JOIN (SELECT owner_id::bigint AS user_id, title FROM projects) p USING (user_id) ORDER BY user_id NULLS LAST, title;
