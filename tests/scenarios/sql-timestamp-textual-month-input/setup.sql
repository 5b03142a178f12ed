CREATE TABLE events (id integer PRIMARY KEY, ts timestamp, d date); INSERT INTO events VALUES (1, NULL, NULL), (2, NULL, NULL);
