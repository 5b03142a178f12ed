CREATE TABLE shifts (id integer PRIMARY KEY, length interval);
