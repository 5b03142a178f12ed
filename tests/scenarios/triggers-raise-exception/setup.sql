CREATE TABLE prices (id int PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION no_negative_prices() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  floor_cents int := 0;
BEGIN
  IF NEW.cents < floor_cents THEN
    RAISE EXCEPTION 'price % would be negative: %', NEW.id, NEW.cents
      USING ERRCODE = 'check_violation', HINT = 'Prices are never below ' || floor_cents || '.';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER prices_check BEFORE INSERT OR UPDATE OF cents ON prices FOR EACH ROW EXECUTE FUNCTION no_negative_prices();
INSERT INTO prices VALUES (1, 500), (2, 90), (3, 1200);
