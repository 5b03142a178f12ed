CREATE TABLE items (
  id integer,
  ratio numeric(1,0) DEFAULT 42
);
