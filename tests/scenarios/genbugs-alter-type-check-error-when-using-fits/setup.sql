CREATE TABLE items (
  qty integer CHECK (qty + 1 > 0)
);
INSERT INTO items VALUES (5);
