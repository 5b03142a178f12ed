CREATE TABLE items (
  name integer,
  flag boolean,
  note text
);
INSERT INTO items VALUES (0, false, 'a'), (3, true, 'b');
