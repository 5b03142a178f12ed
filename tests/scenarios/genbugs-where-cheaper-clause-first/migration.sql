-- order_qual_clauses: a scan checks its cheapest clauses first (flag costs nothing,
-- 7 / name one operator), so the row whose flag is false never divides by zero.
UPDATE items SET note = 'x' WHERE (7 / name) IS NOT NULL AND flag;
DELETE FROM items WHERE (7 / name) > 1 AND note IS NULL;
-- An equality becomes an equivalence class, checked after the other clauses.
UPDATE items SET note = 'y' WHERE name / name = 1 AND name + 0 > 5;
UPDATE items SET note = 'z' WHERE (name / name > 1) = true AND note IS NULL;
-- Equal costs keep their order: the division comes first and fails.
UPDATE items SET note = 'w' WHERE (7 / name) IS NOT NULL AND name > 5;
