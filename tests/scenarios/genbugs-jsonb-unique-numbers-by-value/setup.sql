CREATE TABLE docs (
  body jsonb UNIQUE
);
INSERT INTO docs VALUES ('{"a": 1, "b": 2}'), ('[1.50]');
