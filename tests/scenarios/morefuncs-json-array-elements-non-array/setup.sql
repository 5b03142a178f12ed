CREATE TABLE events (id int PRIMARY KEY, payload json);
INSERT INTO events VALUES (1, '[{"kind": "a"}, {"kind" : "b"}]'), (2, '{"kind": "c"}');
