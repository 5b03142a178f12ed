CREATE FUNCTION default_quota(tier text) RETURNS integer LANGUAGE sql AS $$
  SELECT CASE tier WHEN 'gold' THEN 100 ELSE 10 END
$$;
CREATE TABLE accounts (
  id integer PRIMARY KEY,
  quota integer DEFAULT default_quota('basic')
);
INSERT INTO accounts (id) VALUES (1), (2);
