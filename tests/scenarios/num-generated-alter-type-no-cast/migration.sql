-- A virtual generated column's expression has no automatic cast: PostgreSQL names the expression, with no USING hint.
ALTER TABLE items ALTER COLUMN code TYPE integer;
