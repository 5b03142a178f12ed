-- A one-argument call whose unknown literal fits several overloads is PostgreSQL's
-- 42725 (func_select_candidate: date/timestamp/timestamptz/interval disagree on the
-- category); typed, it resolves; length('x') is length(text) (the string category).
UPDATE shifts SET ok = isfinite(opened) AND isfinite('2024-01-01'::date);
UPDATE shifts SET note = note || length('abc');
UPDATE shifts SET ok = isfinite('2023-12-31') WHERE id = 1;
