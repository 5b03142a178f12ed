CREATE TABLE events (
    id integer PRIMARY KEY,
    title varchar(40) NOT NULL,
    attendees integer NOT NULL,
    budget numeric(8, 2),
    is_public boolean NOT NULL DEFAULT true,
    starts_on date NOT NULL,
    starts_at timestamp,
    code text
);
INSERT INTO events VALUES
    (1, 'Kickoff', 12, 1500.50, true, '2024-01-08', '2024-01-08 09:00:00', '101'),
    (2, 'Retro', 7, 99.49, false, '2024-02-29', '2024-02-29 16:30:45', '0042'),
    (3, 'Offsite', 40, NULL, true, '2024-06-14', NULL, ' 7 ');
