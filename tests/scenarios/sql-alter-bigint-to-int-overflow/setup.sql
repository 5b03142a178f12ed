CREATE TABLE metrics (id integer PRIMARY KEY, hits bigint NOT NULL, small integer);
INSERT INTO metrics VALUES (1, 10, 1), (2, 3000000000, 40000), (3, -5, NULL);
