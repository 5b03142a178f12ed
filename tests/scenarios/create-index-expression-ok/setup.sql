CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(200),
    username varchar(50) NOT NULL,
    deleted_at timestamp,
    age integer
);
INSERT INTO users (email, username, deleted_at, age) VALUES
    ('Ada@Example.com', 'ada', NULL, 36),
    ('ada@example.com', 'ada2', '2024-01-10 10:00:00', NULL),
    ('alan@example.com', 'alan', NULL, 41),
    (NULL, 'grace', NULL, 85),
    (NULL, 'kj', NULL, 17);
