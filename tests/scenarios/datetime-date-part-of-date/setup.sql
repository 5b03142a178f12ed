CREATE TABLE days (
    id integer PRIMARY KEY,
    day date
);
INSERT INTO days VALUES (1, '2024-02-29'), (2, 'infinity'), (3, NULL);
ALTER TABLE days ADD COLUMN hour float8;
ALTER TABLE days ADD COLUMN epoch float8;
ALTER TABLE days ADD COLUMN doy float8;
