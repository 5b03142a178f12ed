CREATE TABLE articles (id serial PRIMARY KEY, title text NOT NULL, tags text[]);
INSERT INTO articles (title, tags) VALUES ('Intro', '{sql,"new post"}'), ('Draft', NULL);
