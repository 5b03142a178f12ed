CREATE TABLE t (a char(0));
