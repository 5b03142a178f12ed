CREATE TABLE accounts (id int PRIMARY KEY, code text, doc jsonb);
INSERT INTO accounts VALUES (1, 'a', '[]'), (2, NULL, '{}'), (3, 'c', '{"a": 1}');
