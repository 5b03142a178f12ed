CREATE TABLE cast_results (label text, i integer, n numeric, b boolean, d date, t text);
INSERT INTO cast_results VALUES
    ('str to int', '12'::int, ' 42 '::numeric, 'yes'::boolean, '2024-02-29'::date, 12::text),
    ('round half', 1.5::int, 2.5::int::numeric, 'f'::boolean, '2024-03-01'::date, 1.50::text),
    ('negative', (-1.5)::int, '-0.50'::numeric, '0'::boolean, '2024-01-05'::date, (-2.5)::int::text),
    ('bigint', 3000000000::bigint::text::numeric::int8 / 1000::int, 1e3::numeric, 'on'::boolean, '2024-12-31'::timestamp::date, true::text);
UPDATE metrics SET note = a::text || ':' || b::text, price = '3.14159'::numeric(10, 2);
