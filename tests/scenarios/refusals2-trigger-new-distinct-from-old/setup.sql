CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(8,2), tags text[], touched integer NOT NULL DEFAULT 0, created_note text);
CREATE FUNCTION touch_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.touched := OLD.touched + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE FUNCTION note_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS NOT DISTINCT FROM OLD THEN
    NEW.created_note := 'same as old';
  ELSIF OLD IS DISTINCT FROM NEW THEN
    NEW.created_note := 'new row';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch_items();
CREATE TRIGGER items_note BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION note_items();
INSERT INTO items (id, name, price, tags) VALUES (1, 'pen', 2.5, '{a,b}'), (2, 'ink', NULL, NULL), (3, NULL, 1, '{}');
