CREATE TABLE prices (sku text PRIMARY KEY, cents integer NOT NULL);
CREATE TABLE price_changes (op text, level text, rows_now bigint);
INSERT INTO prices VALUES ('A-1', 100), ('B-2', 250), ('C-3', 999);

CREATE FUNCTION log_price_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO price_changes VALUES (TG_OP, TG_LEVEL, (SELECT count(*) FROM prices));
  RETURN NULL;
END $$;

CREATE TRIGGER prices_audit AFTER INSERT OR UPDATE OR DELETE ON prices
  FOR EACH STATEMENT EXECUTE FUNCTION log_price_statement();
