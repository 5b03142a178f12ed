CREATE TABLE src (a int);
CREATE TABLE dst (a int, note varchar(3) DEFAULT 'NULL');
