CREATE TABLE events (id integer PRIMARY KEY, starts_at timestamp, ends_at timestamptz);
INSERT INTO events VALUES
    (1, '2024-02-29 13:45:00', '2024-02-29 18:00:00+00'),
    (2, '2024-12-31 23:30:00', NULL);
