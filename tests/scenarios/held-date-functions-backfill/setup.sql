CREATE TABLE subscriptions (id integer PRIMARY KEY, started_at timestamp NOT NULL, months integer NOT NULL, birth date);
INSERT INTO subscriptions VALUES (1, '2024-01-31 13:45:10', 1, '1990-02-28'), (2, '2023-12-15 00:00:00', 12, NULL), (3, '2024-02-29 23:59:59', 3, '2000-02-29');
