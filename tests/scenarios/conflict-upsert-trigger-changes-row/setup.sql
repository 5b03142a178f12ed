CREATE TABLE items (
  id integer PRIMARY KEY,
  name text NOT NULL,
  hits integer NOT NULL DEFAULT 0
);
INSERT INTO items VALUES (1, 'a', 0), (2, 'b', 0), (3, 'c', 0);
CREATE FUNCTION items_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id = 3 THEN RETURN NULL; END IF;
  NEW.name := upper(NEW.name) || '/' || OLD.name;
  NEW.hits := OLD.hits + 10;
  RETURN NEW;
END
$$;
CREATE TRIGGER items_touch BEFORE UPDATE OF hits ON items FOR EACH ROW EXECUTE FUNCTION items_touch();
CREATE TABLE log (id integer, name text);
CREATE FUNCTION items_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log VALUES (NEW.id, NEW.name);
  RETURN NULL;
END
$$;
CREATE TRIGGER items_log AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_log();
