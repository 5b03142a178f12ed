CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE TABLE audit_log (id serial PRIMARY KEY, table_name text NOT NULL, op text NOT NULL, row_id integer, old_row jsonb, new_row jsonb);
CREATE FUNCTION audit_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit_log (table_name, op, row_id, old_row) VALUES (TG_TABLE_NAME, TG_OP, OLD.id, to_jsonb(OLD));
    RETURN OLD;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_log (table_name, op, row_id, old_row, new_row) VALUES (TG_TABLE_NAME, TG_OP, NEW.id, to_jsonb(OLD), to_jsonb(NEW));
  ELSE
    INSERT INTO audit_log (table_name, op, row_id, new_row) VALUES (TG_TABLE_NAME, TG_OP, NEW.id, to_jsonb(NEW));
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit_accounts();
INSERT INTO accounts VALUES (1, 'ada', 100), (2, 'bob', 0), (3, 'cy', 12.5);
