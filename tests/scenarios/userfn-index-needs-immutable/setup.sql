CREATE TABLE events (id integer PRIMARY KEY, payload text, created_at timestamp);
INSERT INTO events VALUES (1, 'a', '2024-01-01 10:00'), (2, 'bb', '2024-01-02 11:30');

-- Not marked IMMUTABLE: PL/pgSQL functions are never inlined.
CREATE FUNCTION payload_size(p text) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN length(p);
END $$;
