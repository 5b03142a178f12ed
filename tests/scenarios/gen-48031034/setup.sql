CREATE TABLE accounts (
  note numeric(9,0)
);
