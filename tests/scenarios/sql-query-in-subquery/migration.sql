ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT false;
UPDATE users SET active = true WHERE id IN (SELECT DISTINCT user_id FROM posts WHERE status = 'submitted');
CREATE TABLE quiet_users (id integer);
INSERT INTO quiet_users SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM posts) ORDER BY id;
INSERT INTO quiet_users SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM posts WHERE user_id IS NOT NULL) ORDER BY id;
