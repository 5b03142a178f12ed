CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL,
    name text,
    signed_up timestamp NOT NULL
);
INSERT INTO users (email, name, signed_up) VALUES
    ('ada@example.test', 'Ada', '2026-01-01 10:00'),
    ('grace@example.test', 'Grace', '2026-01-02 09:00'),
    ('ada@example.test', 'Ada (second signup)', '2026-01-05 12:00'),
    ('alan@example.test', 'Alan', '2026-01-03 08:30'),
    ('ADA@example.test', 'Ada, shouting', '2026-01-07 18:45'),
    ('grace@example.test', 'Grace (again)', '2026-01-02 09:00'),
    ('Alan@Example.test', NULL, '2026-01-09 11:11');
