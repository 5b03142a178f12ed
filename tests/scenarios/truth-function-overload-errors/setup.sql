CREATE TABLE users (id int PRIMARY KEY, name varchar(20), score smallint);
INSERT INTO users VALUES (1, 'alice', 3), (2, 'bob', -4);
