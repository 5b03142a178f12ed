CREATE TABLE readings (id integer PRIMARY KEY, ratio double precision, amount numeric);
INSERT INTO readings (id) VALUES (1), (2), (3);
