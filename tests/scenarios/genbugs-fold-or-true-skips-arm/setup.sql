CREATE TABLE items (
  name text,
  qty integer,
  flag boolean
);
INSERT INTO items (name, qty) VALUES ('x', 0), ('y', 7);
