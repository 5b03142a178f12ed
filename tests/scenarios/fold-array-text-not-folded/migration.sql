UPDATE people SET born = (ARRAY['a', NULL])::text;
UPDATE people SET born = concat('a', 'bcd');
UPDATE people SET born = quote_nullable(12345);
