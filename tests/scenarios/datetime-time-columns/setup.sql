CREATE TABLE shifts (
    id integer PRIMARY KEY,
    starts time NOT NULL DEFAULT '09:00',
    ends time(3),
    local_start timetz,
    logged_at timestamp,
    CONSTRAINT ends_after_starts CHECK (ends > starts)
);
CREATE INDEX shifts_starts ON shifts (starts);
INSERT INTO shifts VALUES
    (1, '07:05:03.25', '15:30:00.1255', '07:05+02', '2024-02-29 13:45:56.789'),
    (2, '22:00', '23:59:59.9999', '22:00-05:30', NULL),
    (3, DEFAULT, NULL, NULL, '2024-01-01 00:00:00');
