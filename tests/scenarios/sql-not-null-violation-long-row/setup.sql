CREATE TABLE posts (id integer PRIMARY KEY, title text, author text NOT NULL, created timestamptz DEFAULT '2024-01-01 00:00:00+00', meta jsonb);
