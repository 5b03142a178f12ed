SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT max(id) FROM tickets));
INSERT INTO tickets (subject) VALUES ('after setval');
ALTER TABLE tickets ALTER COLUMN id RESTART WITH 100;
INSERT INTO tickets (subject) SELECT subject FROM legacy ORDER BY id;
ALTER TABLE legacy ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH 9);
INSERT INTO legacy (subject) VALUES ('z');
INSERT INTO legacy (id, subject) VALUES (3, 'w');
