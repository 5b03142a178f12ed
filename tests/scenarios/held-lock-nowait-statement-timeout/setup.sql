CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb);
INSERT INTO events VALUES (1, 'click', '{"x": 1}'), (2, 'view', NULL), (3, 'click', '{"x": 2}');
