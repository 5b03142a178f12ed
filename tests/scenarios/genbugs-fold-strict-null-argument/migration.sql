-- A strict operator or function with a constant NULL argument folds to NULL: its other
-- argument is never evaluated per row (no 22P02, no division by zero).
UPDATE docs SET ok = ('{}'::jsonb #> '{1}') <@ jsonb_set('[]', '{k}', to_jsonb(body));
UPDATE docs SET n = 7 / n + NULL;
UPDATE docs SET body = upper(NULL) || (1 / n)::text;
UPDATE docs SET ok = NOT (NULL AND (1 / n = 0)) IS NULL;
