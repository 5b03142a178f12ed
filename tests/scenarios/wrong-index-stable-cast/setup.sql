CREATE TABLE events (
    id integer PRIMARY KEY,
    title text NOT NULL,
    day_text varchar(20) NOT NULL,
    qty integer NOT NULL
);
INSERT INTO events VALUES (1, 'Kickoff', '2024-01-08', 3), (2, 'Retro', '2024-02-29', 0);
