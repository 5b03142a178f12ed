CREATE TABLE posts (id serial PRIMARY KEY, title varchar(50) NOT NULL, body text, slug varchar(200));
INSERT INTO posts (title, body, slug) VALUES ('t1', repeat('x', 150), 'a'), ('t2', 'short', repeat('s', 120));
