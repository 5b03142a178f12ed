CREATE TABLE users (id int PRIMARY KEY, score smallint);
