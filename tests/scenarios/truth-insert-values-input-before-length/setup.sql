CREATE TABLE users (id int PRIMARY KEY, name varchar(3), score smallint);
INSERT INTO users VALUES (1, 'al', 3);
