CREATE TABLE events (id integer PRIMARY KEY, ts timestamp, d date); INSERT INTO events VALUES (1, NULL, NULL);
