CREATE TABLE items (
  id integer PRIMARY KEY,
  code text UNIQUE
);
INSERT INTO items VALUES (1, 'a'), (2, 'b');
CREATE FUNCTION items_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.code := 'b';
  RETURN NEW;
END
$$;
CREATE TRIGGER items_code BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION items_code();
