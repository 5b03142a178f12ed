CREATE TABLE orders (id integer PRIMARY KEY, amount_cents integer, currency text);
INSERT INTO orders VALUES (1, 1250, 'EUR'), (2, 990, 'usd'), (3, NULL, 'GBP'), (4, 500, 'XYZ');

CREATE FUNCTION to_eur(cents integer, currency text) RETURNS numeric
STRICT LANGUAGE plpgsql AS $$
BEGIN
  IF upper(currency) = 'EUR' THEN
    RETURN cents / 100.0;
  ELSIF upper(currency) = 'USD' THEN
    RETURN round(cents * 0.92 / 100, 2);
  ELSIF upper(currency) = 'GBP' THEN
    RETURN round(cents * 1.17 / 100, 2);
  END IF;
  RAISE EXCEPTION 'unknown currency %', currency
    USING ERRCODE = 'invalid_parameter_value', HINT = 'Add a rate for it first.';
END $$;
