CREATE TABLE accounts (id serial PRIMARY KEY, owner text NOT NULL, balance numeric(10,2) NOT NULL, locked boolean NOT NULL DEFAULT false);
CREATE FUNCTION refuse_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.locked THEN
    RAISE EXCEPTION 'account % is locked', OLD.id USING ERRCODE = 'P0001', HINT = 'unlock it first';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_guard BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION refuse_locked();
INSERT INTO accounts (owner, balance, locked) VALUES ('ada', 10, false), ('bob', 20, true), ('cy', 0, false);
