WITH keep AS (
  SELECT DISTINCT ON (lower(name)) id, lower(name) AS key
  FROM tags
  ORDER BY lower(name), uses DESC, id
)
DELETE FROM tags t USING keep k WHERE lower(t.name) = k.key AND t.id <> k.id;
CREATE UNIQUE INDEX tags_name_lower_key ON tags (lower(btrim(name)));
