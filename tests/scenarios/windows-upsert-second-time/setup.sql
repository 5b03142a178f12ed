CREATE TABLE counters (name text PRIMARY KEY, n integer NOT NULL);
INSERT INTO counters VALUES ('a', 1);
