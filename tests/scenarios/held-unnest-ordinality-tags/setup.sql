CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL, tags text);
INSERT INTO posts VALUES (1, 'Intro', 'rust, sql,web'), (2, 'Deep dive', 'sql'), (3, 'Empty', NULL), (4, 'Dup', 'go,go, rust');
