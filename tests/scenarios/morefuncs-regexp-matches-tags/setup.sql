CREATE TABLE posts (id int PRIMARY KEY, body text);
INSERT INTO posts VALUES (1, 'shipping #rust and #sql today'), (2, 'no tags here'), (3, '#PG18 #sql'), (4, NULL);
