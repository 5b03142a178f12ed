CREATE OR REPLACE FUNCTION note_length() RETURNS trigger AS $$
BEGIN
  IF NEW.body IS NULL THEN
    RETURN NULL;
  END IF;
  NEW.body_length := length(NEW.body);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER notes_length BEFORE INSERT OR UPDATE ON notes FOR EACH ROW EXECUTE PROCEDURE note_length();
INSERT INTO notes VALUES (2, 'world!', NULL), (3, NULL, 7);
UPDATE notes SET body = body || '.';
ALTER TABLE notes DISABLE TRIGGER notes_length;
INSERT INTO notes VALUES (4, 'quiet', NULL);
ALTER TABLE notes ENABLE TRIGGER notes_length;
DROP FUNCTION note_length();
