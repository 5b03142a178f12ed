UPDATE metrics SET a = '15'::int WHERE name = 'alpha';
UPDATE metrics SET b = 'abc'::int WHERE name = 'beta';
