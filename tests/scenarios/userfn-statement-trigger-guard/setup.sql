CREATE TABLE ledger (id integer PRIMARY KEY, amount numeric(10,2) NOT NULL);
INSERT INTO ledger VALUES (1, 10.00), (2, -4.50);

-- Blocks any UPDATE or DELETE of the ledger, even one that matches no row.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Insert a correcting entry instead.';
END $$;

CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();
