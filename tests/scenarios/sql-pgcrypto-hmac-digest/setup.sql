CREATE TABLE webhooks (id integer PRIMARY KEY, secret text NOT NULL, payload text NOT NULL);
INSERT INTO webhooks VALUES (1, 'k1', '{"event":"paid"}'), (2, 'k2', 'héllo'), (3, repeat('k', 100), '');
