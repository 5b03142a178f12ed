CREATE TABLE docs (
  body text,
  n integer,
  ok boolean
);
INSERT INTO docs VALUES ('a', 0, NULL), ('b', 1, NULL);
