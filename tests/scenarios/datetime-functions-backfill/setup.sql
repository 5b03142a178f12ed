CREATE TABLE events (
    id integer PRIMARY KEY,
    starts_on date NOT NULL,
    starts_at timestamp,
    ends_at timestamp,
    price numeric(8, 2)
);
INSERT INTO events VALUES
    (1, '2024-02-29', '2024-02-29 13:45:56.5', '2024-03-31 09:00', 1234.5),
    (2, '2023-12-31', '2023-12-31 23:59:59', '2024-01-01 00:00:01', -7),
    (3, '0044-03-15 BC', NULL, NULL, NULL);
