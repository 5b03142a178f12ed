CREATE TABLE users (id integer PRIMARY KEY, username text NOT NULL);
INSERT INTO users VALUES (1, 'Ada'), (2, 'ada '), (3, 'Grace');

CREATE FUNCTION fold_name(n text) RETURNS text IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
  RETURN lower(trim(n));
END $$;
