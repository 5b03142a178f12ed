CREATE TABLE events (id serial PRIMARY KEY, payload jsonb NOT NULL);
INSERT INTO events (payload) VALUES
  ('{"items": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 1}]}'),
  ('{"items": []}'),
  ('{"items": [{"sku": "a", "qty": 5}], "note": "rush"}'),
  ('{"tags": ["x", "y"]}');
