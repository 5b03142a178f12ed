CREATE TABLE applications (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(200),
    status varchar(20) NOT NULL DEFAULT 'new',
    score varchar(10)
);
INSERT INTO applications (name, email, status, score) VALUES
    ('Ada Lovelace', 'ada@example.test', 'new', '12'),
    ('Grace Hopper', NULL, 'review', '7'),
    ('Alan Turing', 'alan@example.test', 'accepted', 'n/a'),
    ('Katherine Johnson', 'kj@example.test', 'new', '9');
