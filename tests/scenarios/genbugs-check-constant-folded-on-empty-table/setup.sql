CREATE TABLE accounts (
  code text
);
