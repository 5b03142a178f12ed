ALTER TABLE customers ADD COLUMN label varchar(12) GENERATED ALWAYS AS (coalesce(name, 'unknown')) STORED;
-- The planner folds coalesce('<constant>', name) to its constant, and the length coercion with it: 22001 on an empty table.
ALTER TABLE customers_archive ADD COLUMN label varchar(10) GENERATED ALWAYS AS (coalesce('no name given yet', name)) STORED;
