-- A stored generated column: PostgreSQL's plain message, with no USING hint.
ALTER TABLE items ALTER COLUMN code TYPE integer;
