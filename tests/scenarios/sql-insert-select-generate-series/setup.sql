CREATE TABLE slots (id integer PRIMARY KEY, label text);
