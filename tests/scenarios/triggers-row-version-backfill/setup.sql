CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, plan text, revision int NOT NULL DEFAULT 1);
-- A "touch" trigger, as updated_at ones are (a counter: the recorded run's clock and
-- the test's differ).
CREATE FUNCTION bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := OLD.revision + 1;
  RETURN NEW;
END
$$;
CREATE TRIGGER accounts_revision BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION bump_revision();
INSERT INTO accounts (email, plan) VALUES ('ada@example.test', NULL), ('bob@example.test', 'pro'), ('cy@example.test', NULL);
