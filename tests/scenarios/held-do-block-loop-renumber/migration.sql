DO $$
DECLARE
  r record;
  n integer := 0;
  last_book integer := -1;
BEGIN
  FOR r IN SELECT id, book_id FROM chapters ORDER BY book_id, id LOOP
    IF r.book_id <> last_book THEN
      n := 0;
      last_book := r.book_id;
    END IF;
    n := n + 1;
    UPDATE chapters SET position = n WHERE id = r.id;
  END LOOP;
END $$;
ALTER TABLE chapters ALTER COLUMN position SET NOT NULL;
ALTER TABLE chapters ADD CONSTRAINT chapters_book_position_key UNIQUE (book_id, position);
