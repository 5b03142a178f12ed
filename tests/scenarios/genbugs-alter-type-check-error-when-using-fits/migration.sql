-- A USING that plans without error: the CHECK's re-binding (42883) comes next.
ALTER TABLE items ALTER COLUMN qty TYPE varchar(2) USING 'ab';
