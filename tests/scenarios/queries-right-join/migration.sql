CREATE TABLE post_owners (post_id integer, user_name text);
INSERT INTO post_owners SELECT p.id, u.name FROM users u RIGHT JOIN posts p ON p.user_id = u.id ORDER BY p.id;
