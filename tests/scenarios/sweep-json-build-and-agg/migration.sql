ALTER TABLE users ADD COLUMN addresses jsonb NOT NULL DEFAULT '[]';
UPDATE users u SET addresses = coalesce((
  SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('kind', a.kind, 'street', a.street, 'city', a.city)) ORDER BY a.kind)
  FROM addresses a WHERE a.user_id = u.id), '[]'::jsonb);
ALTER TABLE users ADD COLUMN home_city text;
UPDATE users SET home_city = (SELECT e->>'city' FROM jsonb_array_elements(addresses) AS e WHERE e->>'kind' = 'home');
ALTER TABLE users ADD CONSTRAINT addresses_is_array CHECK (jsonb_typeof(addresses) = 'array');
DROP TABLE addresses;
UPDATE users SET addresses = addresses || jsonb_build_array(jsonb_build_object('kind', 'mail', 'city', home_city)) WHERE home_city IS NOT NULL;
ALTER TABLE users ALTER COLUMN home_city SET NOT NULL;
