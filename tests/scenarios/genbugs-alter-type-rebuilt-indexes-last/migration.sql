-- ALTER COLUMN TYPE re-creates the indexes on id with new OIDs: they are checked after
-- items_code_key, whose 23505 is the one reported.
ALTER TABLE items ALTER COLUMN id TYPE bigint;
UPDATE items SET id = 1, code = 1, other = 1;
