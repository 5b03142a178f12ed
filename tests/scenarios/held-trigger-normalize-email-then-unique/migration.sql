CREATE FUNCTION members_normalize() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.email := lower(btrim(NEW.email));
  IF NEW.nickname IS NULL THEN
    NEW.nickname := split_part(NEW.email, '@', 1);
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER members_normalize BEFORE INSERT OR UPDATE ON members FOR EACH ROW EXECUTE FUNCTION members_normalize();
-- touch every row so the trigger normalises what is already there
UPDATE members SET email = email;
CREATE UNIQUE INDEX members_email_key ON members (email);
