CREATE TABLE items (
  price text CHECK (regexp_replace(price, 'x', 'y') <> '')
);
INSERT INTO items VALUES (' padded  ');
