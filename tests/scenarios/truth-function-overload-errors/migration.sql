-- Calls resolved as PostgreSQL resolves them: floor(smallint) is floor(double
-- precision), abs('-3') is abs(double precision), substring(x from 2 for 3) the
-- integer form; left(varchar, numeric) has no candidate (42883, not a cast error).
ALTER TABLE users ADD COLUMN f double precision;
UPDATE users SET f = floor(score) + abs('-3');
UPDATE users SET name = substring(name from 2 for 3);
UPDATE users SET name = left(name, 2.5);
