SELECT '{abcdef,gh}'::varchar(3)[];
ALTER TABLE products ALTER COLUMN codes TYPE varchar(8)[];
