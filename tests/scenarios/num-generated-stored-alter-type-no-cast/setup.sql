CREATE TABLE items (
  note text,
  code varchar(10) GENERATED ALWAYS AS (note) STORED
);
INSERT INTO items (note) VALUES ('12');
