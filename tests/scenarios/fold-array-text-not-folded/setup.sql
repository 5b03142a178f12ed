CREATE TABLE people (id int, born varchar(3));
