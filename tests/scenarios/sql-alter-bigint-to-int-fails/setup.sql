CREATE TABLE metrics (id integer PRIMARY KEY, hits bigint NOT NULL);
INSERT INTO metrics VALUES (1, 10), (2, 3000000000);
