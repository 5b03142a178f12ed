DELETE FROM comments c USING posts p WHERE c.post_id = p.id AND p.deleted_at IS NOT NULL;
ALTER TABLE comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE;
