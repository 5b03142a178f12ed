CREATE TABLE subscriptions (id integer PRIMARY KEY, user_id integer NOT NULL, plan text NOT NULL, started date NOT NULL);
INSERT INTO subscriptions VALUES
  (1, 10, 'basic', '2024-01-01'), (2, 10, 'pro', '2024-03-01'),
  (3, 11, 'basic', '2024-02-01'), (4, 11, 'pro', '2024-02-01'),
  (5, 12, 'basic', '2023-12-24');
