CREATE TABLE documents (id integer PRIMARY KEY, body text NOT NULL, revision integer NOT NULL DEFAULT 1, word_count integer);
CREATE FUNCTION bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := OLD.revision + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_bump_revision BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION bump_revision();
INSERT INTO documents (id, body) VALUES (1, 'one two three'), (2, 'just four words here'), (3, '');
