UPDATE authors a SET
  bibliography = (SELECT string_agg(b.title || ' (' || b.year || ')', '; ' ORDER BY b.year) FROM books b WHERE b.author_id = a.id),
  first_year = (SELECT min(year) FROM books b WHERE b.author_id = a.id);
UPDATE books b SET title = b.title || ' #' || (SELECT count(*) FROM books b2 WHERE b2.author_id = b.author_id AND b2.year <= b.year);
ALTER TABLE authors ALTER COLUMN first_year SET NOT NULL;
