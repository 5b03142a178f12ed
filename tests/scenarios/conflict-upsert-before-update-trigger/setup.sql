CREATE TABLE items (
  label boolean UNIQUE
);
INSERT INTO items (label) VALUES
  (true),
  (false);
CREATE FUNCTION items_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  NEW.label := true;
  RETURN NEW;
END
$$;
CREATE TRIGGER items_trg BEFORE DELETE OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION items_trg();
