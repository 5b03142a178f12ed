CREATE TABLE applications (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(200),
    status varchar(20) NOT NULL DEFAULT 'new',
    created_at timestamp NOT NULL DEFAULT '2024-01-01 09:00:00'
);
INSERT INTO applications (name, email, status, created_at) VALUES
    ('Ada Lovelace', 'ada@example.com', 'new', '2024-01-02 10:00:00'),
    ('Grace Hopper', NULL, 'review', '2024-01-03 11:30:00'),
    ('Alan Turing', 'alan@example.com', 'accepted', '2024-01-04 08:15:00'),
    ('Katherine Johnson', NULL, 'new', '2024-01-05 16:45:00');
