CREATE TABLE customers (
  id integer PRIMARY KEY,
  email text NOT NULL,
  plan text,
  seats integer
);
INSERT INTO customers VALUES
  (1, ' Ada@Example.com', 'pro', 12),
  (2, 'bob@example.com ', NULL, 3),
  (3, 'CAROL@EXAMPLE.COM', 'free', NULL);

CREATE FUNCTION normalize_email(e text) RETURNS text
  IMMUTABLE STRICT LANGUAGE sql
  RETURN lower(trim(e));

CREATE FUNCTION seat_price(plan text, seats integer) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE per_seat numeric := 0;
BEGIN
  IF plan IS NULL THEN
    RETURN NULL;
  ELSIF plan = 'pro' THEN
    per_seat := 9.5;
  ELSIF $1 = 'free' THEN
    RETURN 0;
  END IF;
  RETURN per_seat * coalesce(seats, 1);
END $$;
