CREATE TABLE suggestions (id integer PRIMARY KEY, value json NOT NULL, score float8, label text, at timestamptz);
INSERT INTO suggestions VALUES (1, '"positive"', 0.75, 'a "quoted"\label', '2024-05-06 07:08:09.5+00'), (2, '["a", "b"]', 0.5, NULL, NULL), (3, '{"k": 1}', NULL, 'x', '2024-01-01 00:00:00+00');
