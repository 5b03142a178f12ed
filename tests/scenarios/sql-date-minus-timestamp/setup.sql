CREATE TABLE subscriptions (id integer PRIMARY KEY, started_on date NOT NULL, renewed_at timestamp, cancelled_at timestamptz);
INSERT INTO subscriptions VALUES (1, '2024-01-01', '2024-02-01 12:30', NULL), (2, '2024-03-15', NULL, '2024-03-20 08:00+02'), (3, '2024-05-01', '2024-04-30 23:00', '2024-05-01 00:00+00');
