ALTER TABLE articles DISABLE TRIGGER articles_touch;
UPDATE articles SET status = lower(status);
ALTER TABLE articles ENABLE TRIGGER articles_touch;
UPDATE articles SET title = title || '!' WHERE status = 'published';
ALTER TABLE articles ADD CONSTRAINT status_known CHECK (status IN ('draft', 'published'));
