ALTER TABLE items ADD COLUMN name_length int GENERATED ALWAYS AS (length(name)) STORED;
ALTER TABLE items ADD COLUMN shout text GENERATED ALWAYS AS (upper('x') || name) STORED;
