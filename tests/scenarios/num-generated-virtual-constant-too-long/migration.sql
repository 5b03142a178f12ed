-- A virtual column's constant expression is folded (and fails) at ADD COLUMN on an empty table.
ALTER TABLE accounts ADD COLUMN extra varchar(1) GENERATED ALWAYS AS (coalesce('2024-02-29', 'x')) VIRTUAL;
