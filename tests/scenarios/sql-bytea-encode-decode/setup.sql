CREATE TABLE attachments (id integer PRIMARY KEY, name text NOT NULL, body bytea NOT NULL);
INSERT INTO attachments VALUES (1, 'a.txt', '\x68656c6c6f'), (2, 'b.bin', '\x00ff5c80'), (3, 'c.txt', '');
