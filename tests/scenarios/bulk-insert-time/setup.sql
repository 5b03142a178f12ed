CREATE TABLE shifts (id integer PRIMARY KEY, starts time NOT NULL, length interval);
