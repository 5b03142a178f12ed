CREATE TABLE tokens (id integer PRIMARY KEY, u uuid); INSERT INTO tokens VALUES (1, NULL);
