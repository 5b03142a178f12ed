CREATE TABLE events (id integer PRIMARY KEY, account_id integer NOT NULL, payload jsonb NOT NULL);
INSERT INTO events VALUES
  (1, 1, '{"type": "login", "ok": true}'),
  (2, 1, '{"type": "purchase", "amount": 12.5, "items": [{"sku": "A"}, {"sku": "B"}]}'),
  (3, 2, '{"type": "test", "synthetic": true}'),
  (4, 2, '{"type": "purchase", "amount": 3, "items": [{"sku": "C"}]}'),
  (5, 1, '{"type": "purchase", "amount": 7.25, "items": []}');
