-- production was hot-fixed by hand: someone already added "source"
CREATE TABLE applications (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(200),
    source varchar(50)
);
INSERT INTO applications (name, email, source) VALUES
    ('Ada Lovelace', 'ada@example.com', 'web'),
    ('Grace Hopper', NULL, NULL),
    ('Alan Turing', 'alan@example.com', 'referral');
