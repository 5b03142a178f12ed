-- The USING constant does not fit varchar(2): 22001 in phase 1, before the CHECK
-- re-read against the new type fails (varchar + integer, 42883).
ALTER TABLE items ALTER COLUMN qty TYPE varchar(2) USING 'abcdef';
