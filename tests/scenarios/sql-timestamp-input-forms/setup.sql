CREATE TABLE events (id integer PRIMARY KEY, ts timestamp, tz timestamptz, d date);
INSERT INTO events (id) VALUES (1), (2), (3), (4), (5), (6);
