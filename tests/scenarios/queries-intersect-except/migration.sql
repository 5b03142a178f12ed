CREATE TABLE active_authors (user_id integer);
INSERT INTO active_authors SELECT id FROM users INTERSECT SELECT user_id FROM posts WHERE status = 'submitted' ORDER BY 1;
CREATE TABLE silent_users (user_id integer);
INSERT INTO silent_users SELECT id FROM users EXCEPT SELECT user_id FROM posts ORDER BY 1;
CREATE TABLE extra_posts (user_id integer);
INSERT INTO extra_posts (user_id) (SELECT user_id FROM posts EXCEPT ALL SELECT id FROM users) INTERSECT ALL SELECT user_id FROM posts ORDER BY 1 NULLS FIRST;
