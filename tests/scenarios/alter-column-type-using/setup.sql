CREATE TABLE sensors (
    id serial PRIMARY KEY,
    label varchar(50) NOT NULL,
    reading varchar(20),
    active varchar(5) NOT NULL,
    installed varchar(30)
);
INSERT INTO sensors (label, reading, active, installed) VALUES
    ('north', '12.75', 'yes', '2024-01-15 08:00:00'),
    ('south', ' 7 ', 'no', '2024-02-01'),
    ('east', NULL, 'true', NULL),
    ('west', '-3.5', 'off', '2023-12-31 23:59:59');
