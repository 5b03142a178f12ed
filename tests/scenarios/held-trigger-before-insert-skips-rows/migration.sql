CREATE FUNCTION skip_nameless() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS NULL OR NEW.name = '' THEN
    RAISE NOTICE 'skipping contact %', NEW.id;
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER contacts_skip_nameless BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION skip_nameless();
INSERT INTO contacts (id, name, phone) SELECT id, name, phone FROM old_contacts ORDER BY id;
SELECT count(*) AS copied FROM contacts;
DROP TRIGGER contacts_skip_nameless ON contacts;
DROP FUNCTION skip_nameless();
DROP TABLE old_contacts;
