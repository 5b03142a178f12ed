ALTER TABLE people ADD COLUMN full_name text GENERATED ALWAYS AS (first || ' ' || coalesce(last, '?')) VIRTUAL;
ALTER TABLE people ADD COLUMN initials text GENERATED ALWAYS AS (left(first, 1) || left(last, 1));
UPDATE people SET last = 'Turing' WHERE id = 2;
ALTER TABLE people ALTER COLUMN full_name SET EXPRESSION AS (upper(first));
