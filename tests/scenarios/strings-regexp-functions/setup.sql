CREATE TABLE contacts (
    id serial PRIMARY KEY,
    phone text,
    email text,
    note text
);
INSERT INTO contacts (phone, email, note) VALUES
    ('(555) 123-4567', 'Ada@Example.TEST', 'call after 5pm, before 9pm'),
    ('555.987.6543', 'grace@navy.mil', 'prefers email'),
    ('n/a', 'bad-address', NULL),
    ('+1 555 000 1111', NULL, 'foo bar baz foo');
