CREATE TABLE accounts (
  code text,
  qty integer
);
