CREATE TABLE api_keys (id integer PRIMARY KEY, token text NOT NULL);
INSERT INTO api_keys VALUES (1, 'secret-one'), (2, 'secret-two');
