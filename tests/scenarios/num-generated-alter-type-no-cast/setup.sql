CREATE TABLE items (
  note text,
  code varchar(10) GENERATED ALWAYS AS (note) VIRTUAL
);
INSERT INTO items (note) VALUES ('12');
