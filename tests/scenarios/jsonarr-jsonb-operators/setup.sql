CREATE TABLE events (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL,
    meta json
);
INSERT INTO events VALUES
    (1, '{"kind": "signup", "user": {"id": 7, "tags": ["a", "b"]}, "n": 2.50}', '{"src": "web", "v": 1}'),
    (2, '{"kind": "login", "user": {"id": 8}, "n": 1}', '{"src": "app"}'),
    (3, '[1, "a", [2]]', NULL),
    (4, '"scalar"', '"x"'),
    (5, '{"kind": null, "n": 1.0}', '{"v": 2, "v": 3}');
