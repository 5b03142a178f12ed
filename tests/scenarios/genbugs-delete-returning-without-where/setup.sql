CREATE TABLE accounts (
  id integer,
  note text
);
INSERT INTO accounts VALUES (1, 'a'), (2, NULL);
