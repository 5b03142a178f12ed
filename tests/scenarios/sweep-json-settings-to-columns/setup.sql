CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, settings jsonb NOT NULL DEFAULT '{}');
INSERT INTO users (name, settings) VALUES
  ('ada', '{"theme": "dark", "notify": {"email": true, "sms": false}, "tags": ["a", "b"]}'),
  ('bob', '{"theme": "light", "notify": {"email": false}}'),
  ('cy', '{}'),
  ('dee', '{"theme": null, "tags": []}');
