CREATE TABLE notes (id integer PRIMARY KEY, body text, tag varchar(10));
