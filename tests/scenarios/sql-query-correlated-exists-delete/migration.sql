DELETE FROM posts WHERE NOT EXISTS (SELECT 1 FROM users WHERE users.id = posts.user_id);
ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
