-- An identity column's new type is checked before the cast is looked up (22023, not 42804).
ALTER TABLE items ALTER COLUMN ident TYPE timestamp;
