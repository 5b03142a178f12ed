CREATE TABLE events (id int PRIMARY KEY, at timestamptz NOT NULL);
INSERT INTO events VALUES (1, '2024-01-02 03:04:05+00');
