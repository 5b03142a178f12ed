CREATE TABLE posts (id integer PRIMARY KEY, title varchar(200) NOT NULL, body text, score integer CHECK (score >= 0));
INSERT INTO posts VALUES (1, 'short', 'b', 1);
