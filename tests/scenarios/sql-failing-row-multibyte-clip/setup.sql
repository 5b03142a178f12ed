CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL, score integer CHECK (score >= 0));
