CREATE TABLE articles (id serial PRIMARY KEY, title text NOT NULL);
INSERT INTO articles (title) VALUES ('Hello'), ('World');
