CREATE TABLE shifts (id integer PRIMARY KEY, starts time(0) NOT NULL, starts_tz timetz);
