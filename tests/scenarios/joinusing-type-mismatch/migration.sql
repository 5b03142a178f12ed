CREATE TABLE tags (user_id text, tag text);
INSERT INTO tags VALUES ('2', 'vip'), ('x', 'bot');
ALTER TABLE users ADD COLUMN tag text;
UPDATE users SET tag = t.tag FROM posts JOIN tags t USING (user_id) WHERE users.id = posts.user_id;
