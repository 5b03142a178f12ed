CREATE TABLE documents (id bigserial PRIMARY KEY, title text NOT NULL, body text, version integer NOT NULL DEFAULT 1, updated_at timestamp NOT NULL DEFAULT '2025-01-01 09:00');
CREATE OR REPLACE FUNCTION bump_version() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title THEN
      NEW.version := OLD.version + 1;
      NEW.updated_at := OLD.updated_at + interval '1 day';
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    NEW.version := 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER documents_bump BEFORE INSERT OR UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION bump_version();
INSERT INTO documents (title, body, version) VALUES ('Readme', 'hello', 7), ('Guide', NULL, 1), ('Notes', 'x', 3);
