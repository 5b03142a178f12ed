DO $$
DECLARE
  orphans integer;
BEGIN
  SELECT count(*) INTO orphans FROM books b WHERE b.author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM authors a WHERE a.id = b.author_id);
  IF orphans > 0 THEN
    RAISE EXCEPTION 'found % book(s) pointing at missing authors', orphans
      USING HINT = 'run the cleanup script first';
  END IF;
END $$;
ALTER TABLE books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id);
