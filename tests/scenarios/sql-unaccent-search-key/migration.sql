CREATE EXTENSION IF NOT EXISTS unaccent;
ALTER TABLE authors ADD COLUMN search_key text;
UPDATE authors SET search_key = lower(unaccent('unaccent', name));
SELECT id, unaccent(name) AS plain FROM authors ORDER BY id;
CREATE UNIQUE INDEX authors_search_key_key ON authors (search_key);
CREATE INDEX authors_unaccent_idx ON authors (unaccent(name));
