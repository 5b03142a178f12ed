CREATE TABLE counters (id integer PRIMARY KEY, s smallint, i integer, b bigint);
