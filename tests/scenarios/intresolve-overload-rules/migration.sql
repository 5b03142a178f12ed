-- Overload rules as PostgreSQL's func_select_candidate applies them: to_char of an
-- integer is to_char(integer, text); format with one argument is format(text);
-- tags <@ '{...}' is anyarray <@ anyarray; two unknowns for date_trunc are 42725.
UPDATE events SET note = to_char(n, 'FM9,999,999') || format('%%');
UPDATE events SET note = note || '!' WHERE tags <@ '{a,b,z}';
UPDATE events SET at = date_trunc('day', '2024-01-01 10:00') WHERE id = 1;
