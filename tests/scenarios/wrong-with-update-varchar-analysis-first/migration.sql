-- The WITH query's varchar(5) length coercion is folded by the planner, after the
-- main statement's analysis has failed on its unknown column.
WITH later AS (UPDATE accounts SET qty = 'O''Brien') UPDATE accounts SET code = coalesce(nosuch, code) RETURNING id;
