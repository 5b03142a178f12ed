CREATE TABLE items (
  id integer PRIMARY KEY,
  code integer UNIQUE,
  other integer
);
CREATE UNIQUE INDEX items_other ON items (id, other);
INSERT INTO items VALUES (1, 1, 1), (2, 2, 2);
